/** Binary search over a sorted run (./sorted-search.ts). */
import { describe, expect, it } from 'vitest';
import { firstNotBelow } from './sorted-search.ts';

describe('firstNotBelow', () => {
  const run = [2, 4, 4, 4, 7, 9];
  it('finds the first index whose key is not below the one asked', () => {
    expect(firstNotBelow(run.length, (k) => run[k]! < 4)).toBe(1);
    expect(firstNotBelow(run.length, (k) => run[k]! < 5)).toBe(4);
  });
  it('gives the run’s length when every key is below, and 0 when none is', () => {
    expect(firstNotBelow(run.length, (k) => run[k]! < 10)).toBe(run.length);
    expect(firstNotBelow(run.length, (k) => run[k]! < 1)).toBe(0);
    expect(firstNotBelow(0, () => true)).toBe(0);
  });
});
