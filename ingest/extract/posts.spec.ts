/** Posts on invented sentences: role words, back-references, home prefixes, occupations. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => ({
    name: p.name,
    posts: p.posts.filter((x) => !x.occupation).map((x) => x.label),
  }));
const holds = (text: string) =>
  [
    ...new Set(
      extractStory(text)
        .relations.filter((r) => r.type === 'HOLDS')
        .map((r) => `${r.source.name}|${r.target.name}`),
    ),
  ].sort();

describe('role words', () => {
  it('reads titles ending in spokespeople, chief specialists and graded officials', () => {
    expect(people('省统计局新闻发言人贺文涛介绍，上半年工业增长。')).toEqual([
      { name: '贺文涛', posts: ['省统计局新闻发言人'] },
    ]);
    expect(people('某某实验室首席科学家林雪松说，')).toEqual([
      { name: '林雪松', posts: ['某某实验室首席科学家'] },
    ]);
    expect(people('市气象台首席预报员范小雨提醒，')[0]!.posts).toEqual(['市气象台首席预报员']);
    expect(people('该行总经济师姜一帆认为，')[0]!.name).toBe('姜一帆');
    expect(people('某某海关副关长苏文博表示，')[0]!.posts).toEqual(['某某海关副关长']);
    expect(people('区乡村振兴局专干孔令杰说，')[0]!.posts).toEqual(['区乡村振兴局专干']);
    expect(people('县防汛抗旱指挥部指挥长梁振国要求，')[0]!.name).toBe('梁振国');
    expect(people('该区人民法院法官唐宁说，')[0]!.posts).toEqual(['该区人民法院法官']);
    expect(people('某某超市店长邓晓丽说，')[0]!.posts).toEqual(['某某超市店长']);
  });
  it('reads heads of state and foreign ministers before their names', () => {
    expect(people('某国总统柯尚文表示，')[0]!.posts).toEqual(['某国总统']);
    expect(people('国务院总理林嘉树会见外宾。')[0]).toEqual({
      name: '林嘉树',
      posts: ['国务院总理'],
    });
  });
});

describe('names before titles', () => {
  it('forms the national office of a bare leader title after a name', () => {
    expect(people('会见时，林嘉树总理指出，')).toEqual([{ name: '林嘉树', posts: ['国务院总理'] }]);
  });
  it('keeps 主席 and 同志 after a name as a person without a post, also after 以', () => {
    expect(people('会上，何振邦主席讲话。')).toEqual([{ name: '何振邦', posts: [] }]);
    expect(people('大家缅怀以何振邦同志为代表的老一辈。')).toEqual([{ name: '何振邦', posts: [] }]);
  });
});

describe('post chains', () => {
  it('expands a bare 区 that refers back to the chain area', () => {
    expect(people('石柱县委农业农村工委书记、县农业农村委主任冉光明说，')[0]!.posts).toEqual([
      '石柱县委农业农村工委书记',
      '石柱县农业农村委主任',
    ]);
  });
  it('gives a bare 镇长 the town of the chain', () => {
    expect(people('青山镇党委副书记、镇长龚丽表示，')[0]!.posts).toEqual([
      '青山镇党委副书记',
      '青山镇镇长',
    ]);
  });
  it('puts a committee body after its committee (市委常委、宣传部部长)', () => {
    expect(people('市委常委、宣传部部长穆文彬出席。')[0]!.posts).toEqual([
      '市委常委',
      '市委宣传部部长',
    ]);
  });
});

describe('one post per office at home', () => {
  it('reads 某省委副书记 as the 省委副书记 of a story about that province', () => {
    const text =
      '四川省委副书记龙一鸣到成都调研。他来到绵阳、德阳等地。\n省委副书记龙一鸣强调，要抓好四川的秋粮生产。';
    expect(holds(text)).toEqual(['龙一鸣|省委副书记']);
    const post = extractStory(text).entities.find((e) => e.name === '省委副书记')!;
    expect(post.surfaces).toContain('四川省委副书记');
  });
  it('keeps the province in the post when the story is about elsewhere', () => {
    const text = '四川省委副书记龙一鸣到北京出席会议。会议在北京、天津两地举行。';
    expect(holds(text)).toEqual(['龙一鸣|四川省委副书记']);
  });
});

describe('occupations', () => {
  it('keeps a person introduced by an occupation, with the occupation as the mention role', () => {
    const story = extractStory(
      '在村口，村民龙大勇说，今年的收成不错。游客柏小琳告诉记者，这里很美。',
    );
    const byName = new Map(story.entities.map((e) => [e.name, e]));
    expect(byName.get('龙大勇')?.role).toBe('村民');
    expect(byName.get('柏小琳')?.role).toBe('游客');
    expect(story.entities.filter((e) => e.type === 'post')).toEqual([]);
  });
});
