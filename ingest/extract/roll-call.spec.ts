/** Roll calls of a body's leaders on invented sentences (local news forms, local5). */
import { describe, expect, it } from 'vitest';
import { rollCalls } from './roll-call.ts';
import { findPeople } from './people.ts';

const names = (text: string) => rollCalls(text, []).map((p) => p.name);

describe('a roll call of leaders', () => {
  it('names each listed leader before 参加 and after 出席会议的还有', () => {
    expect(names('市领导苗青山、柯立参加。')).toEqual(['苗青山', '柯立']);
    expect(names('出席会议的还有省领导苗青山、钟雨桐。')).toEqual(['苗青山', '钟雨桐']);
  });
  it('names the leaders who sit in without a vote (列席)', () => {
    expect(names('市领导苗青山、平立山、钟雨桐等列席会议。')).toEqual([
      '苗青山',
      '平立山',
      '钟雨桐',
    ]);
  });
  it('names a list of two or more leaders ended by a comma before another titled person', () => {
    expect(names('省领导苗青山、柯立，省军区司令员钟雨桐出席。')).toEqual(['苗青山', '柯立']);
    // One name before a comma is no roll call: the clause may go on (市领导高度重视，).
    expect(names('市领导高度重视，多次调研。')).toEqual([]);
  });
  it('names each leader of a list that 及 joins to a group of unnamed people', () => {
    expect(names('县领导苗青山、柯长远及相关部门同志一道到村督导。')).toEqual(['苗青山', '柯长远']);
    expect(names('市领导钟雨桐和有关单位负责人参加。')).toEqual(['钟雨桐']);
  });
  it('names every leader of a long roll, a name that reads as words too (lpeople56)', () => {
    // 程明星: 明星 is a star; the roll of leaders says a name stands there
    expect(names('县领导苗青山、柯长远、程明星、钟雨桐等出席。')).toEqual([
      '苗青山',
      '柯长远',
      '程明星',
      '钟雨桐',
    ]);
    expect(names('县领导苗青山、柯长远、钟雨桐等到县工业园区调研。')).toEqual([
      '苗青山',
      '柯长远',
      '钟雨桐',
    ]);
  });
  it('keeps a roll’s name a rule found before, whatever its words read (people.ts)', () => {
    const people = findPeople(
      '县领导苗青山、柯长远、程明星、钟雨桐等以及县直相关单位负责同志参加。',
      () => false,
    );
    expect(people.map((p) => p.name)).toContain('程明星');
  });
  it('names the leaders after 出席会议的县领导有 (the body before 有)', () => {
    expect(names('出席会议的县领导有苗青山、柯长远、程明星、钟雨桐。')).toEqual([
      '苗青山',
      '柯长远',
      '程明星',
      '钟雨桐',
    ]);
  });
  it('ends the roll where 及 joins the level’s offices, and reads a five-character name (blocal-i)', () => {
    expect(names('县领导苗青山、柯立、钟雨桐及县政府办、县发改局负责人陪同。')).toEqual([
      '苗青山',
      '柯立',
      '钟雨桐',
    ]);
    const people = findPeople(
      '我旗领导乌力吉、巴图孟和布、苗青山、钟雨桐及旗政府办负责人陪同。',
      () => false,
    ).map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['乌力吉', '苗青山', '钟雨桐']));
  });
});
