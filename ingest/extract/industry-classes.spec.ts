/**
 * Industries (indu44, issue 13): a class said of a sector and a technology's industrial use name
 * no sector. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('sector words for no sector (indu44)', () => {
  it('reads the class said of a sector as no sector of its own', () => {
    expect(industries('专家认为，生物医药产业是前景广阔的战略高技术产业。')).toEqual(['生物医药']);
    // a known sector after 是 stays
    expect(industries('新能源汽车产业是汽车产业转型的主攻方向。')).toEqual([
      '新能源汽车',
      '汽车制造业',
    ]);
  });
  it('reads a technology before 产业应用 as no sector', () => {
    expect(industries('展厅里陈列着等离子技术产业应用案例。')).toEqual([]);
    expect(industries('东岭县大力发展等离子技术产业。')).toEqual(['等离子技术']);
  });
  it('reads a pair of qualities as a sector only before 产业 or in a list of sectors', () => {
    expect(industries('东岭县在新材料、绿色低碳转型等重点领域加大投入。')).toEqual(['新材料']);
    expect(industries('东岭县培育壮大绿色低碳产业。')).toEqual(['绿色低碳']);
    expect(industries('东岭县在新材料、绿色低碳等领域寻找突破口。')).toEqual([
      '新材料',
      '绿色低碳',
    ]);
  });
});
