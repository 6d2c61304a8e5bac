/**
 * People in national transcripts that the blind sets of stop 50 showed missed or wrong (cctv35a,
 * cctv35b). Invented sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('names the clause vouches for', () => {
  it('reads a congratulated name no surname or sound opens (clause-names.ts)', () => {
    expect(people('国家主席致电坎赛，祝贺他再次当选某国人民革命党中央总书记。')).toContain('坎赛');
    expect(people('外交部长致电祝贺颂培当选总理。')).toEqual(['颂培']);
  });
  it('still reads a count or a pointing word there as no one', () => {
    expect(people('他们致电祝贺两人当选理事。')).toEqual([]);
    expect(people('大会祝贺该市当选全国文明城市。')).toEqual([]);
  });
  it('reads a leader after 评价, a verb jieba tags a noun (leader-titles.ts)', () => {
    expect(people('来宾高度评价习近平主席治国理政的智慧。')).toEqual(['习近平']);
  });
});

describe('foreign names', () => {
  it('takes a middle part between two dots whole (dot-names.ts MIDDLE_PART)', () => {
    expect(holdsOf('某国部长阿里·伊夫提塔赫·卡迪尔表示，合作成果丰硕。')).toEqual([
      '阿里·伊夫提塔赫·卡迪尔|某国部长',
    ]);
  });
  it('keeps a middle part from running over a kin word (dot-names.ts)', () => {
    const text = '苏联元帅瓦·伊·崔可夫之孙尼·弗·崔可夫，基金会主席杰弗里·格林出席。';
    expect(people(text)).toContain('尼·弗·崔可夫');
    expect(people(text).join()).not.toContain('之孙');
  });
  it("cuts a verb jieba reads whole off a royal's name (phrase-names.ts withoutVerbEnd)", () => {
    const names = people('主席致电祝贺某国国王查尔斯三世和王后卡米拉加冕。');
    expect(names).toContain('卡米拉');
    expect(names).not.toContain('卡米拉加冕');
  });
  it('ends a name before an adverb of one character and a verb (foreign-names.ts)', () => {
    expect(people('同一天，某国国防大臣弗兰科均表示反对。')).toEqual(['弗兰科']);
  });
});

describe('words that are no names', () => {
  it("reads no person in a solar term's pentad (role-name-frames.ts afterSolarTerm)", () => {
    expect(people('小暑温风至。到了这个时节，风都是热的。')).toEqual([]);
  });
});
