/** Programs: methods, 'X强国' works, platforms and quoted mechanisms (prog39; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('ways of working and one-per-unit slogans', () => {
  it('takes a working method for no program', () => {
    expect(programs('某区推行“五早工作法”，化解矛盾。')).toEqual([]);
  });
  it('takes one plan per trade for no program', () => {
    expect(programs('某市推行“一业一方案”，精准帮扶企业。')).toEqual([]);
  });
});

describe('goals and facilities named like works', () => {
  it("reads an 'X强国' goal named as a works as the goal", () => {
    expect(programs('某省实施质量强国工程，打造品牌。')).toEqual([]);
  });
  it('takes a platform described beyond its quoted name for a facility', () => {
    expect(programs('某省正聚力打造“云岭创”创新驱动平台，让成果对接产业。')).toEqual([]);
    // A coined name quoted whole before 平台 stays (programs.spec.ts).
    expect(programs('企业用上了“茶e通”平台。')).toEqual(['茶e通平台']);
  });
});
