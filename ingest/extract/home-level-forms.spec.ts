/**
 * The level form of a post at home (posts-at-home.ts): 省委书记 for 某省委书记 in a story of that
 * province, but no 省某市… form for a body of a city or county under it (issue 11, pairs48-a:
 * 省金华市某县委常委, 省某市第二中学校长 were aliases). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('home', text)]).sort();

describe('level forms at home', () => {
  it('keeps the level form of the province’s own bodies', () => {
    expect(forms('河北省委书记王明出席。河北省公安厅厅长李刚出席。')).toEqual([
      '李刚|河北省公安厅厅长',
      '李刚|省公安厅厅长',
      '王明|河北省委书记',
      '王明|省委书记',
    ]);
  });
  it('makes none for a body of a city or county under the province', () => {
    const held = forms(
      '浙江省金华市某县委常委、宣传部部长徐利明出席。浙江省杭州第二中学校长蔡小华发言。',
    );
    expect(held.filter((h) => h.includes('|省'))).toEqual([]);
    expect(held).toContain('蔡小华|浙江省杭州第二中学校长');
  });
});
