/** One node per person: a foreign name's last part and a name with a word glued on (invented). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { articleNaming } from '../../tests/kit/articles.ts';
import { personAliasMap } from './person-aliases.ts';

const labels = (articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'person')
    .map((k) => k)
    .sort();

const named = articleNaming;

/** The article with these people holding these posts (HOLDS relations). */
const holding = (a: ArticleRecord, posts: Record<string, string>): ArticleRecord => {
  for (const [person, post] of Object.entries(posts))
    a.facts.relations.push({
      type: 'HOLDS',
      source: { type: 'person', name: person },
      target: { type: 'post', name: post },
      sentence: '',
    });
  return a;
};

describe('person aliases', () => {
  it("reads a foreign name's first or middle part as the one full name holding it", () => {
    const map = personAliasMap([
      holding(named('a', [['萨利姆·巴卡尔·翁多', '东岭国总统萨利姆·巴卡尔·翁多会见来宾。']]), {
        萨利姆·巴卡尔·翁多: '东岭国总统',
      }),
      holding(
        named('b', [
          ['巴卡尔', '东岭国总统巴卡尔表示，将举行选举。'],
          ['萨利姆', '东岭国总统萨利姆说，局势稳定。'],
        ]),
        { 巴卡尔: '东岭国总统', 萨利姆: '东岭国总统' },
      ),
      // 阿迪 is the first part of two full names: whose is not said.
      named('c', [
        ['阿迪·穆萨', '阿迪·穆萨出席。'],
        ['阿迪·卡里姆', '阿迪·卡里姆出席。'],
        ['阿迪', '阿迪说。'],
      ]),
      // 哈桑 holds another office than 哈桑·努里: a first name alone is many people's.
      holding(
        named('d', [
          ['哈桑·努里', '西岭国某党发言人哈桑·努里遇袭。'],
          ['哈桑', '南岭国国王哈桑致电。'],
        ]),
        { 哈桑·努里: '西岭国某党发言人', 哈桑: '南岭国国王' },
      ),
    ]);
    expect(map.get('巴卡尔')?.[0]).toBe('萨利姆·巴卡尔·翁多');
    expect(map.get('萨利姆')?.[0]).toBe('萨利姆·巴卡尔·翁多');
    expect(map.get('阿迪')).toBeUndefined();
    expect(map.get('哈桑')).toBeUndefined();
  });
  it('reads a foreign name by its last part as the full name an article introduced', () => {
    const intro = '东岭国总理马克·卡尼说，卡尼政府将减税。';
    const map = personAliasMap([
      named('a', [
        ['马克·卡尼', intro],
        ['卡尼', intro],
      ]),
      named('b', [['卡尼', '卡尼说，关税不可接受。']]),
    ]);
    expect(map.get('卡尼')?.[0]).toBe('马克·卡尼');
  });
  it('reads the last part in a headline as the full name the story below introduces', () => {
    const a = named('a', [
      ['马克·卡尼', '董事会3日发表声明说，现任总裁马克·卡尼当选连任。'],
      ['卡尼', '卡尼连任某基金组织总裁'],
    ]);
    expect(personAliasMap([a]).get('卡尼')?.[0]).toBe('马克·卡尼');
    // 总统卡尼之子马克·卡尼: the body prints the last part alone too, for another person.
    const b = named('b', [
      ['马克·卡尼', '检察官发布了关于总统卡尼之子马克·卡尼案件的报告。'],
      ['卡尼', '检察官称卡尼赦免其子理由无根据'],
    ]);
    expect(personAliasMap([b]).has('卡尼')).toBe(false);
  });
  it('keeps the last part apart when two full names end in it or none introduced it', () => {
    const a = named('a', [
      ['马克·卡尼', '马克·卡尼说，卡尼政府将减税。'],
      ['卡尼', '马克·卡尼说，卡尼政府将减税。'],
      ['玛丽·卡尼', '玛丽·卡尼出席。'],
    ]);
    expect(personAliasMap([a]).has('卡尼')).toBe(false);
    const b = named('b', [
      ['马克·卡尼', '马克·卡尼出席。'],
      ['卡尼', '卡尼另有其人。'],
    ]);
    expect(personAliasMap([b]).has('卡尼')).toBe(false);
  });
  it('keeps the last part apart from a full name holding another office (pairs43)', () => {
    // Kin share a last name: the acting president and the assembly's speaker are two people.
    const apart = personAliasMap([
      holding(named('a', [['卡尼', '东岭国代总统卡尼宣布多项措施。']]), { 卡尼: '东岭国代总统' }),
      holding(named('b', [['何塞·卡尼', '东岭国议会主席何塞·卡尼表示，灾情严重。']]), {
        '何塞·卡尼': '东岭国议会主席',
      }),
    ]);
    expect(apart.has('卡尼')).toBe(false);
    // In one story too, where the short name was first read inside the full one's sentence.
    const speaker = '东岭国议会主席何塞·卡尼表示，灾情严重。';
    const story = named('c', [
      ['何塞·卡尼', speaker],
      ['卡尼', speaker],
    ]);
    holding(story, { '何塞·卡尼': '东岭国议会主席', 卡尼: '东岭国代总统' });
    const message = named('d', [['卡尼', '主席向东岭国代总统卡尼致慰问电。']]);
    holding(message, { 卡尼: '东岭国代总统' });
    expect(personAliasMap([story, message]).has('卡尼')).toBe(false);
    // One office, printed whole and cut short: one person.
    const one = personAliasMap([
      holding(named('a', [['卡尼', '代总统卡尼宣布多项措施。']]), { 卡尼: '代总统' }),
      holding(named('b', [['何塞·卡尼', '东岭国代总统何塞·卡尼表示，灾情严重。']]), {
        '何塞·卡尼': '东岭国代总统',
      }),
    ]);
    expect(one.get('卡尼')?.[0]).toBe('何塞·卡尼');
  });
  it('reads a name with the next word glued on as the name', () => {
    const map = personAliasMap([
      named('a', [['甲乙丙', '甲乙丙出席。']]),
      named('b', [['甲乙丙作', '甲乙丙作报告。']]),
    ]);
    expect(map.get('甲乙丙作')?.[0]).toBe('甲乙丙');
    // An adverb or a verb of motion glued on (某某已签署, 某某到会).
    const more = personAliasMap([
      named('a', [['卡洛诺', '卡洛诺出席。']]),
      named('b', [
        ['卡洛诺已', '卡洛诺已签署法令。'],
        ['卡洛诺到', '卡洛诺到会讲话。'],
      ]),
    ]);
    expect(more.get('卡洛诺已')?.[0]).toBe('卡洛诺');
    expect(more.get('卡洛诺到')?.[0]).toBe('卡洛诺');
    // A wreath sent by a name, a name invited (某某送的花圈, 某某应邀出席).
    const wreath = personAliasMap([
      named('a', [['甲乙丙', '甲乙丙出席。']]),
      named('b', [
        ['甲乙丙送', '丁戊、甲乙丙送的花圈摆放在两侧。'],
        ['甲乙丙应', '甲乙丙应邀出席开幕会。'],
      ]),
    ]);
    expect(wreath.get('甲乙丙送')?.[0]).toBe('甲乙丙');
    expect(wreath.get('甲乙丙应')?.[0]).toBe('甲乙丙');
    expect(
      labels([
        named('a', [['甲乙丙', '甲乙丙出席。']]),
        named('b', [['甲乙丙作', '甲乙丙作报告。']]),
      ]),
    ).toEqual(['person:甲乙丙']);
  });
  it('reads the last part as the full name printed only in articles without the last part', () => {
    const map = personAliasMap([
      named('a', [['安东·诺维奇·卡洛夫', '授予安东·诺维奇·卡洛夫勋章。']]),
      named('b', [['卡洛夫', '卡洛夫说，谈判将继续。']]),
    ]);
    expect(map.get('卡洛夫')?.[0]).toBe('安东·诺维奇·卡洛夫');
  });
  it('reads a name cut short as the longer name every sentence of it prints', () => {
    const map = personAliasMap([
      named('a', [['米诺斯', '会见某国总理米诺斯京。']]),
      named('b', [['米诺斯京', '米诺斯京表示，愿加强合作。']]),
      named('c', [
        ['王东', '王东出席。'],
        ['王东明', '王东明出席。'],
      ]),
    ]);
    expect(map.get('米诺斯')?.[0]).toBe('米诺斯京');
    // Printed alone somewhere: a person of its own.
    expect(map.has('王东')).toBe(false);
  });
});
