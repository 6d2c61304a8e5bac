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
});
