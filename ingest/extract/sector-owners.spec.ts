/**
 * Sectors printed as one owner's: a firm's line or brand, a zone's name, a region (sector-owners.ts,
 * industry-shapes.ts namesRegion; issue 13, lthings52-l; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { findIndustries } from './industries.ts';
import { namesOwnLine } from './sector-owners.ts';

const sectors = (text: string) => [...new Set(findIndustries(text).map((m) => m.name))].sort();

describe("a firm's brand before 产业链", () => {
  it('is no sector when the same words name a company in the story', () => {
    expect(sectors('南岭啤酒有限公司投资的南岭啤酒产业链项目开工。')).toEqual([]);
  });
});

describe('a company named inside the phrase', () => {
  it('makes it no sector of its own', () => {
    expect(sectors('云帆集团新材料产业基地投产。')).not.toContain('云帆集团新材料');
  });
});

describe("a place's sector words before 功能区", () => {
  it("are the zone's name, no sector", () => {
    expect(sectors('要把白沙湖文化创意旅游产业功能区建成新引擎。')).not.toContain(
      '白沙湖文化创意旅游',
    );
  });
});

describe('a sector before 产业集聚区', () => {
  it('stays a sector (数据产业集聚区)', () => {
    expect(sectors('建设以东岭为核心的数据产业集聚区。')).toEqual(['数据']);
  });
});

describe('a river basin before 产业转移', () => {
  it('is where sectors move, no sector', () => {
    expect(sectors('承接沿江地区和白沙河流域产业转移。')).toEqual([]);
  });
});

describe('军民结合 before a sector', () => {
  it('qualifies the sector', () => {
    expect(sectors('建设军民结合电子信息产业园。')).toEqual(['电子信息']);
  });
});

describe('a firm-printed name with a regular-expression character in it', () => {
  const owns = (text: string, name: string) =>
    namesOwnLine(text, { name, end: text.lastIndexOf(name) + name.length }, []);
  it('is found as text: C++ does not throw, a bracket or a dot matches only itself', () => {
    expect(owns('南岭C++软件有限公司投资的南岭C++软件产业链项目开工。', '南岭C++软件')).toBe(true);
    expect(owns('南岭(啤酒)有限公司投资的南岭(啤酒)产业链项目开工。', '南岭(啤酒)')).toBe(true);
    expect(owns('南岭X啤酒有限公司投资的南岭.啤酒产业链项目开工。', '南岭.啤酒')).toBe(false);
  });
});
