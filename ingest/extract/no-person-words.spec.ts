/** People, junk17 (issue 13): sections of rivers, pronouns, words and "between" read as names (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('no person, junk17', () => {
  it('reads 段 after a place as the section of a river or a line (某口段冰凌)', () => {
    expect(people('每年2月，松花江哈尔滨段冰凌开始消融。')).toEqual([]);
    expect(people('项目包括东岭高铁郑州至洛阳段达速提质工程等。')).toEqual([]);
    // After a title 段 is the surname.
    expect(people('市长段志强主持会议。')).toEqual(['段志强']);
  });
  it('reads 谁 before a verb as the pronoun (谁审批谁监管)', () => {
    expect(people('要按照“谁审批谁监管、谁主管谁监管”的原则落实责任。')).toEqual([]);
  });
  it('reads a dictionary word ending in a very common word as that word (高水平)', () => {
    expect(people('新场馆为运动员高水平训练提供了保障。')).toEqual([]);
  });
  it('reads 于…之间 as "between" (往返于津雄之间)', () => {
    expect(people('每天有20趟城际列车往返于津雄之间。')).toEqual([]);
    expect(people('副市长于京生表示，要加快发展。')).toEqual(['于京生']);
  });
});
