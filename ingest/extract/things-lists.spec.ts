import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('words of things read as names by sight (things-lists.ts)', () => {
  it('reads no person in a list closed by 等 and a noun for things (金刚石、蓝宝石等新材料)', () => {
    expect(names('科研团队研制出高品质金刚石、蓝宝石等新材料。')).toEqual([]);
  });
  it('reads no person in a word ending in a substance with no predicate of a person after it', () => {
    expect(names('团队在蓝宝石衬底上生长出高质量薄膜。')).toEqual([]);
    expect(names('这款芯片采用金刚石散热，性能提升。')).toEqual([]);
    expect(names('为促进新材料产业发展，降低高纯铝出口关税。')).toEqual([]);
  });
  it('keeps a name so ended before a speech verb, and a list closed by a word for people', () => {
    expect(names('周介石表示，将继续努力。')).toEqual(['周介石']);
    expect(names('参赛的有王小明、李华等多名运动员。')).toContain('王小明');
    // jieba tags the verb 步入 a noun: a name it does not hold as a frequent word is kept.
    expect(names('晚会开始，周立科和夫人王丽华等步入主席台。')).toContain('王丽华');
  });
  it('keeps a frequent word as a name where a count of people follows 等 (等800余名…人士)', () => {
    // 茅盾 is a frequent entry of jieba's dictionary (prog56-a lost it to the first form of the rule).
    expect(
      names('1941年底，邹立奋、何立凝、茅盾等800余名爱国民主和进步文化人士被困香港。'),
    ).toContain('茅盾');
  });
});

describe('sectors in 业 read as names by sight (things-lists.ts sectorWord)', () => {
  it('reads no person in a sector that a verb of growing governs or a sector word stands beside', () => {
    expect(names('要大力发展旅游业、康养业，坚定不移加快产业发展。')).toEqual([]);
    expect(names('全县着力壮大康养业。')).toEqual([]);
    expect(names('康养业、服务业齐头并进。')).toEqual([]);
  });
  it('keeps names ending in 业 in a list of names and after a title', () => {
    expect(names('王立业、张建业、李明出席会议。')).toEqual(
      expect.arrayContaining(['王立业', '张建业', '李明']),
    );
    expect(names('副县长张建业、李明出席会议。')).toEqual(['张建业', '李明']);
  });
});
