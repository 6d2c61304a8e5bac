/** Parallel short tasks of a campaign carried out without end (prog46-l, issue 13; invented). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('parallel short tasks of a campaign carried out without end', () => {
  it('names the 活动 a county keeps carrying out', () => {
    expect(programs('全县要常态化开展“访企业、问需求、解难题”活动。')).toEqual([
      '访企业、问需求、解难题活动',
    ]);
  });
  it('leaves an activity merely held or launched once', () => {
    expect(programs('社区开展“迎新春、送温暖”活动。')).toEqual([]);
  });
});
