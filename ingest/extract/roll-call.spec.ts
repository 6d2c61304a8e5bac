/** Roll calls of a body's leaders on invented sentences (local news forms, local5). */
import { describe, expect, it } from 'vitest';
import { rollCalls } from './roll-call.ts';

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
});
