/**
 * A bare village title in a story about one village (pairs40, issue 11): the village's office, the
 * bare form as printed an alias; none where the story names no village or two.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';
import { storyVillage } from './posts-in-village.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a bare village title (posts-in-village.ts)', () => {
  it('is the office of the one village the story names, after a clause (在村党委书记某某)', () => {
    const held = forms(
      '浙江省某县青石镇桂岭村曾经是个穷村。如今，在村党委书记黄立坤的带领下，桂岭村种起了茶叶。',
    );
    expect(held).toContain('黄立坤|桂岭村党委书记');
    expect(held).toContain('黄立坤|村党委书记');
  });
  it('gives 村支书 printed bare after 的 its village too', () => {
    const held = forms('在湖南沙溪岭下村，回乡创业的村支书郑海波办起了合作社。');
    expect(held).toContain('郑海波|岭下村村支书');
    expect(held).toContain('郑海波|村支书');
  });
  it('takes the village of the title’s sentence in a story of several villages', () => {
    const held = forms(
      '桂岭村种茶，石门村养鱼。在湖南沙溪岭下村，回乡创业的村支书郑海波办起了合作社。',
    );
    expect(held).toContain('郑海波|岭下村村支书');
  });
  it('gives no office where the story names two villages or only words in 村 (农村, 山村)', () => {
    expect(forms('在桂岭村和岭下村，村党委书记黄立坤带领大家致富。')).toEqual([]);
    expect(forms('在新农村建设中，山村的村党委书记黄立坤带领大家致富。')).toEqual([]);
  });
  it('reads a village name as a proper name before 村, not a word ending in 村', () => {
    expect(storyVillage('全国农村、各地山村和贫困村都在发展。')).toBeUndefined();
  });
});
