/** A place's practice of modernization (lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('strategies named by a place', () => {
  it('reads a city’s practice of Chinese modernization', () => {
    expect(programs('全市上下奋力谱写中国式现代化宿迁新实践。')).toEqual([
      '中国式现代化宿迁新实践',
    ]);
  });
  it('leaves a modernization of no place', () => {
    expect(programs('推进中国式现代化新实践。')).toEqual([]);
  });
});
