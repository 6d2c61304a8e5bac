/** Things printed like programs met on fresh days (prog37, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a troop crossing', () => {
  it('reads a crossing of the border by an army as an event', () => {
    expect(programs('维和部队发言人称，未在两国边境监测到任何地面过境行动。')).toEqual([]);
    expect(programs('据报道，甲国军队当天实施越境行动，遭到乙国谴责。')).toEqual([]);
  });
});

describe('the big works of the country', () => {
  it('reads 国家大工程 as the kind, not one works', () => {
    expect(programs('母亲总说他修的是国家大工程，不用惦记家里。')).toEqual([]);
  });
});
