/** A place's practice of modernization and its metropolitan areas (lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('strategies named by a place', () => {
  it('reads a city’s practice of Chinese modernization', () => {
    expect(programs('全市上下奋力谱写中国式现代化宿迁新实践。')).toEqual([
      '中国式现代化宿迁新实践',
    ]);
  });
  it('reads a known city’s metropolitan area and one listed with it', () => {
    expect(programs('主动融入长沙都市圈、岳益常都市圈的协作格局。')).toEqual([
      '岳益常都市圈',
      '长沙都市圈',
    ]);
  });
  it('leaves a modernization of no place and a kind of ring', () => {
    expect(programs('推进中国式现代化新实践，打造现代化都市圈。')).toEqual([]);
  });
});
