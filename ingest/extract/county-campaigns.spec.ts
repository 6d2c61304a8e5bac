/**
 * Campaigns a county or a city names once (county-campaigns.ts), provincial campaigns printed by
 * their provincial names (programs-local.txt) and a long title with its issuer set apart
 * (titled-programs.ts): lstrat57-l, issue 13; invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program').sort();

describe('campaigns a county names once', () => {
  it('reads a quoted campaign of tasks that a clause takes as its vehicle', () => {
    expect(programs('全镇以开展“比服务、抢项目、优环境”活动为抓手，推动工作落实。')).toEqual([
      '比服务、抢项目、优环境活动',
    ]);
  });
  it('reads both campaigns joined by 暨 before the word they share', () => {
    expect(
      programs('该县以“干部大练兵、项目大推进”暨“服务大提升、环境大改善”活动为载体，推进发展。'),
    ).toEqual(['干部大练兵、项目大推进活动', '服务大提升、环境大改善活动']);
  });
  it('reads quoted campaigns listed before 等活动 that a task is joined to', () => {
    expect(programs('要结合我县“党员带富促振兴”、“百企兴百村”等活动，帮助群众增收。')).toEqual([
      '党员带富促振兴',
      '百企兴百村',
    ]);
  });
  it('leaves quoted events listed before 等活动', () => {
    expect(programs('要结合我县“读书月”、“农民丰收节”等活动，丰富群众生活。')).toEqual([]);
  });
  it('names a 大会战 by its subject', () => {
    expect(programs('县里认为，园区建设大会战是推动发展的关键一招。')).toEqual(['园区建设大会战']);
    expect(programs('会上，对水利大会战作了部署。')).toEqual(['水利大会战']);
  });
  it('names a demonstration pilot built', () => {
    expect(programs('省领导十分关注城乡融合集成示范试点建设，听取了汇报。')).toEqual([
      '城乡融合集成示范试点',
    ]);
  });
  it('names a push of so many days by its quote, its pause printed as a space', () => {
    expect(programs('全市“大干六十天，冲刺全年红”动员会召开。')).toEqual(['大干六十天 冲刺全年红']);
  });
});

describe('provincial campaigns printed by their provincial names', () => {
  it("reads Guizhou's rural industrial revolution", () => {
    expect(programs('州委要求各县深入推进农村产业革命，壮大特色产业。')).toEqual(['农村产业革命']);
  });
  it("reads Guangxi's village campaign and its phases in quotes", () => {
    expect(programs('县里推进“美丽广西”乡村建设，从“清洁乡村”走向“宜居乡村”。')).toEqual([
      '宜居乡村活动',
      '清洁乡村活动',
      '美丽广西乡村建设',
    ]);
  });
  it('reads Guangxi’s eastward integration printed alone in quotes, not inside a word', () => {
    expect(programs('市里加快“东融”步伐。广东融资环境持续改善。')).toEqual(['东融战略']);
  });
  it("reads Anhui's four deliveries and one service", () => {
    expect(programs('区里持续开展“四送一服”双千工程活动，服务企业。')).toEqual(['四送一服双千工程']);
  });
});

describe('goals are no programmes', () => {
  it('leaves a layout code printed as a goal', () => {
    expect(programs('要紧紧围绕“一港三区一基地”奋斗目标，加快发展。')).toEqual([]);
  });
  it('keeps a layout code printed as a plan', () => {
    expect(programs('县里加快构建“一港三区一基地”，加快发展。')).toEqual(['一港三区一基地']);
  });
});

describe('a long title with its issuer set apart', () => {
  it('names the title after the issuing bodies and keeps their county a place', () => {
    const text =
      '会议学习了《中共当涂县委当涂县人民政府 关于实施“百村示范、千户提升”工程全面推进宜居宜业和美乡村建设的实施方案》。';
    expect(programs(text)).toContain(
      '关于实施百村示范、千户提升工程全面推进宜居宜业和美乡村建设的实施方案',
    );
    expect(entityNames(text, 'district')).toContain('当涂县');
  });
});
