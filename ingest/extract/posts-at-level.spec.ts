/**
 * A bare title in a story about one place of its level (./posts-at-level.ts): the office of that
 * village (pairs40), town (local44) or district, the bare form as printed an alias; none where the
 * story names no place of that level or two. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';
import { storyVillage, townsIn } from './level-places.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a bare township title (posts-in-town.ts)', () => {
  it('is the office of the one town the story names with its leaders or bodies', () => {
    const held = forms(
      '新春将至，青禾镇领导开展走访慰问。镇党委书记韦成走访了退休干部。镇党委副书记、镇长柏明远代表镇党委、镇政府看望了困难家庭。',
    );
    expect(held).toContain('韦成|青禾镇党委书记');
    expect(held).toContain('韦成|镇党委书记');
    expect(held).toContain('柏明远|青禾镇镇长');
    expect(held).toContain('柏明远|镇长');
  });
  it('reads a street named after a verb (到某街道) without the verb', () => {
    expect([
      ...(townsIn('领导到桂园街道调研，桂园街道党工委书记韦成汇报。').get('街道') ?? []),
    ]).toEqual(['桂园街道']);
  });
  it('stays a role where two towns or none are named', () => {
    expect(holdsOf('镇党委书记韦成走访了退休干部。')).toEqual([]);
    expect(
      holdsOf('青禾镇领导和石桥镇领导开展走访。镇党委书记韦成走访了退休干部。').filter((h) =>
        h.startsWith('韦成'),
      ),
    ).toEqual([]);
  });
});

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
  it('reads a village printed right after its district as a name, whatever the segmenter tags', () => {
    // 祝家村 is tagged 祝/v 家村/n; after 萧山区 it is a village all the same (cctv29b).
    const held = forms('暴雨导致某市江北区祝家村积水暴涨。村党总支副书记汪德明跳进泥水中。');
    expect(held).toContain('汪德明|祝家村党总支副书记');
    expect(forms('全区两个村积水暴涨。村党总支副书记汪德明跳进泥水中。')).toEqual([]);
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

describe('ingest/extract/posts-in-county: a bare 区/县 title', () => {
  it("is the office of the story's one district of that kind", () => {
    const text = '九龙坡区委书记柯明远日前调研。区委副书记、区长谭立山参加调研，副区长何振邦陪同。';
    expect(holdsOf(text)).toEqual(
      expect.arrayContaining([
        '谭立山|九龙坡区委副书记',
        '谭立山|九龙坡区区长',
        '何振邦|九龙坡区副区长',
      ]),
    );
    expect(holdsOf('巫山县脆李丰收。县农业农村委主任柯立山介绍了情况。')).toContain(
      '柯立山|巫山县农业农村委主任',
    );
  });
  it('stays as printed where the story names two districts of that kind, or none', () => {
    const two = '九龙坡区和江津区签约。区委副书记、区长谭立山出席。';
    expect(holdsOf(two).some((h) => h.includes('九龙坡区区长') || h.includes('江津区区长'))).toBe(
      false,
    );
  });
});

describe('a bare township title in a story of a visit (posts-at-level.ts, local46)', () => {
  it('is the office of the town visited (到某镇调研 … 镇党委书记某某陪同)', () => {
    const held = forms('区委书记柯明远到青禾镇调研乡村振兴工作。镇党委书记韦成陪同。');
    expect(held).toContain('韦成|青禾镇党委书记');
    expect(held).toContain('韦成|镇党委书记');
  });
  it("takes the town the title's own sentence names where the story names two", () => {
    const held = forms(
      '青禾镇党委和石桥镇党委签订结对协议。区长柯明远随后来到石桥镇调研，镇长柏明远陪同。',
    );
    expect(held).toContain('柏明远|石桥镇镇长');
    expect(held.some((h) => h.includes('青禾镇镇长'))).toBe(false);
  });
  it('refuses where the sentence names two towns, or none and the story two', () => {
    const listed = forms('区长柯明远到青禾镇、石桥镇调研，镇长柏明远陪同。');
    expect(listed.some((h) => /青禾镇镇长|石桥镇镇长/.test(h))).toBe(false);
    const story = forms('青禾镇党委和石桥镇党委签订结对协议。镇长柏明远出席。');
    expect(story.some((h) => /青禾镇镇长|石桥镇镇长/.test(h))).toBe(false);
  });
});

describe('a county’s people’s organisations and courts printed bare (posts-at-level.ts)', () => {
  it('gives 县工商联, 县总工会 and 县法院 the story’s county, as 县政协', () => {
    expect(
      holdsOf(
        '永和县召开会议。县政协副主席、县工商联主席贺立群，县总工会主席庞海林，县法院院长石小磊参加。',
      ),
    ).toEqual([
      '庞海林|永和县总工会主席',
      '石小磊|永和县法院院长',
      '贺立群|永和县工商联主席',
      '贺立群|永和县政协副主席',
    ]);
  });
});

describe('a county’s government printed without its level word (posts-at-level.ts)', () => {
  it('gives 政府党组成员 the story’s one county, and none where no county is named', () => {
    expect(
      holdsOf('永和县召开县政府常务会议。政府副县长刘通，政府党组成员陈士君出席会议。'),
    ).toEqual(['刘通|永和县副县长', '陈士君|永和县政府党组成员']);
    expect(holdsOf('政府党组成员陈士君出席会议。')).toEqual([]);
  });
});

describe('a level word printed twice before the body (南湖区区委)', () => {
  it('gives the bare head title after it the area once (某区区长, not 某区区区长)', () => {
    const posts = holdsOf('柯桥湖区区委副书记、区长谭立山来我县考察。');
    expect(posts).toContain('谭立山|柯桥湖区区长');
    expect(posts.join()).not.toContain('区区区长');
  });
});
