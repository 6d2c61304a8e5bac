/** Programs across articles: one node for a short name and its expansion (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const article = inventedArticle;
const programs = (texts: string[]) => {
  const g = buildGraph(texts.map((t, i) => article(`a${i}`, t)));
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => g.getNodeAttribute(k, 'label'))
    .sort();
};

describe('programs across articles', () => {
  it('merges a yearly campaign printed with its year (cctv25f, issue 13)', () => {
    expect(
      programs(['2026年“东风行动”正在全国展开。', '自1月中旬2026年东风行动启动以来，各地招聘。']),
    ).toEqual(['东风行动']);
  });
  it('merges a short name with its expansion printed in another article', () => {
    expect(programs(['编制“九五七”规划。', '“九五七”开局良好。'])).toEqual(['九五七规划']);
    expect(programs(['印发《东岭发展规划纲要》。', '《东岭发展规划》实施顺利。'])).toEqual([
      '东岭发展规划',
    ]);
  });
  it('merges the outline of a numbered five-year plan with the plan printed in another story', () => {
    const outline = '大会审查《中华人民共和国国民经济和社会发展第九个五年规划纲要（草案）》。';
    expect(programs([outline, '“九五”规划开局良好。'])).toEqual(['九五规划']);
  });
  it('merges a name printed without its owner or epithets in front (某国…计划, 建设新时代…方案)', () => {
    expect(
      programs(['省里印发《建设新时代更高水平东岭粮仓行动方案》。', '落实东岭粮仓行动方案。']),
    ).toEqual(['建设新时代更高水平东岭粮仓行动方案']);
    // A program of the gazetteer stays the nation's beside a city's own.
    expect(programs(['某市启动东岭城市更新行动。', '实施城市更新行动。'])).toEqual([
      '东岭城市更新行动',
      '城市更新行动',
    ]);
  });
  it('merges an abbreviation that keeps the start, the end and the order of the full name', () => {
    expect(programs(['启动“青瓷与陶艺传承发展工程”。', '“青瓷工程”首批项目落地。'])).toEqual([
      '青瓷与陶艺传承发展工程',
    ]);
  });
  it('merges a place printed with and without 地区 or 地带', () => {
    expect(programs(['某国提出东岭地带重建计划。', '多国支持东岭重建计划。'])).toEqual([
      '东岭地带重建计划',
    ]);
  });
  it('merges a short name one article declares (简称) with the program another prints it for', () => {
    const declared = '国家启动“东岭山区骨干教师定向培养计划”（简称“岭师计划”），每年培养千名教师。';
    expect(programs([declared, '“岭师计划”师范生代表给老师回信。'])).toEqual([
      '东岭山区骨干教师定向培养计划',
    ]);
    // In the declaring story itself, the short name printed again is the same program.
    expect(programs([declared + '“岭师计划”师范生今年毕业。'])).toEqual([
      '东岭山区骨干教师定向培养计划',
    ]);
  });
  it('merges a bilateral plan named from the other side (某中 / 中某, cctv23b, issue 13)', () => {
    expect(programs(['双方落实好中越全面合作计划。', '越方愿落实好越中全面合作计划。'])).toEqual([
      '中越全面合作计划',
    ]);
  });
});

describe('programs within one story (junk16)', () => {
  it('takes a name with 专项 inserted beside the same name without it for one program', () => {
    const story =
      '某部门启动东岭企业专项服务行动。我国将开展为期一年的东岭企业服务行动，帮助企业降本。';
    expect(programs([story])).toEqual(['东岭企业服务行动']);
  });
  it('keeps a 专项 program apart when the story prints no other form', () => {
    expect(programs(['东岭区启动企业专项服务行动，帮助企业降本。'])).toEqual(['企业专项服务行动']);
  });
  it('merges a system with the works that build it, printed in another article (prog56)', () => {
    expect(
      programs(['东岭持续完善“两江”防护林体系。', '甲省深入实施两江防护林体系建设工程。']),
    ).toEqual(['两江防护林体系建设工程']);
  });
});
