/** Programs named by a year, junk20 (issue 13): national visions and censuses (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs named by a year, junk20', () => {
  it('reads a country’s vision named by its year, the country printed before it', () => {
    expect(programs('双方推动共建一带一路倡议同阿曼2040愿景对接。阿方2040愿景进展顺利。')).toEqual([
      '一带一路',
      '阿曼2040愿景',
    ]);
  });
  it('reads the country before a quoted vision as its owner', () => {
    expect(programs('两国推动合作同阿曼“2040愿景”对接。')).toEqual(['阿曼2040愿景']);
  });
  it('reads a vision printed without its country as printed', () => {
    expect(programs('中方支持对方推进2045国家愿景建设。')).toEqual(['2045国家愿景']);
  });
  it('reads no vision without a year', () => {
    expect(programs('两国人民怀有共同的美好愿景。')).toEqual([]);
  });
  it('reads a numbered national census', () => {
    expect(programs('国务院决定开展第八次全国农业普查。')).toEqual(['第八次全国农业普查']);
  });
});

describe('a quoted strategy docked with another, junk20', () => {
  it('reads “某某”战略 before 对接 as a strategy, not as an attribute (战略导向)', () => {
    expect(programs('倡议同东岭“向南开放”战略深度对接。')).toEqual(['向南开放战略']);
    expect(programs('这是“东岭”战略导向。')).toEqual([]);
    // A strategy described after the quote and 同 is the other side's, no name of the quote's.
    expect(programs('推动共建“一带一路”倡议同东岭群岛发展战略对接。')).toEqual(['一带一路']);
  });
});
