/** A province's belts built and a city's rise (lstrat62-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('belts built and a city’s rise', () => {
  it('reads each belt of a list closed by one 建设', () => {
    expect(programs('要加快推进沿江经济带、古驿道文化带和沿湖绿化带建设。')).toEqual([
      '古驿道文化带建设',
      '沿江经济带建设',
      '沿湖绿化带建设',
    ]);
    expect(programs('要大力发展港口经济，加快滨海经济带建设。')).toEqual(['滨海经济带建设']);
  });
  it('reads a city’s rise as its strategy', () => {
    expect(programs('在南阳崛起方略的指引下，全市合力抓发展。')).toEqual(['南阳崛起方略']);
  });
  it('leaves a kind of belt and a rise of no place', () => {
    expect(programs('加快特色产业带建设。')).toEqual([]);
    expect(programs('在产业崛起战略的指引下，全市合力抓发展。')).toEqual([]);
  });
});
