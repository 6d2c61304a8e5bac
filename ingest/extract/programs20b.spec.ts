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
