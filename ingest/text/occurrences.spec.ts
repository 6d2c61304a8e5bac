import { describe, expect, it } from 'vitest';
import { occurrencesOf } from './occurrences.ts';

describe('occurrencesOf', () => {
  it('yields every start in order, overlapping ones included', () => {
    expect([...occurrencesOf('甲甲甲乙甲甲', '甲甲')]).toEqual([0, 1, 4]);
  });
  it('yields nothing for an empty or absent string', () => {
    expect([...occurrencesOf('某某镇', '')]).toEqual([]);
    expect([...occurrencesOf('某某镇', '村')]).toEqual([]);
  });
});
