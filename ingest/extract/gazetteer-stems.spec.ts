/**
 * Programs, recall34 (issue 13, recall of named strategies): gazetteer names printed in other forms,
 * titled guides, pilots that grow, reforms of a field's system or appraisal, the party campaign by its
 * kind, and a gazetteer action named by its stem in more contexts. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('recall34, gazetteer names as printed', () => {
  it('reads national programs and the printed forms of known strategies', () => {
    expect(programs('南岭市推动自贸试验区建设提质增效。')).toEqual(['自由贸易试验区建设']);
    // A province's own zone is a park, not the national building.
    expect(programs('南岭市将深度参与南岭自贸试验区建设。')).toEqual([]);
    expect(programs('东岭县推进紧密型县域医共体建设。')).toEqual(['紧密型县域医共体建设']);
    expect(programs('各地要积极应对人口老龄化，发展银发经济。')).toEqual([
      '积极应对人口老龄化国家战略',
    ]);
    expect(programs('要促进区域协调发展，优化经济布局。')).toEqual(['区域协调发展战略']);
    expect(programs('全面落实“推进城乡融合和区域协调发展”要求。')).toEqual([]);
    expect(programs('两地开展东西部劳务协作，帮助村民就业。')).toEqual(['东西部协作']);
    expect(programs('新发现为中华文明探源提供了实证。')).toEqual(['中华文明探源工程']);
  });

  it('reads 全面深化改革 before 开放', () => {
    expect(programs('南岭省全面深化改革开放，推动高质量发展。')).toEqual(['全面深化改革']);
  });
});

describe('recall34, a gazetteer action by its stem', () => {
  it('reads the stem carried out, joined or in progress', () => {
    expect(programs('东岭区在城市更新中保护老街。')).toEqual(['城市更新行动']);
    expect(programs('各地结合城市更新等工作改造管网。')).toEqual(['城市更新行动']);
    expect(programs('南岭市加快推进城市更新进程。')).toEqual(['城市更新行动']);
    // A noun after the stem makes it a kind of works.
    expect(programs('东岭区推进城市更新项目30个。')).toEqual([]);
  });
});

describe('recall34, titled guides and pilots that grow', () => {
  it('reads a titled guide, concept or contingency plan', () => {
    expect(programs('三部门印发《山区旅游服务合规指南》。')).toEqual(['山区旅游服务合规指南']);
    expect(programs('农业部门发布《秋汛农业防灾减灾预案》。')).toEqual(['秋汛农业防灾减灾预案']);
    // A technical guide says how to do a thing.
    expect(programs('协会发布《家庭绿色消费指南》。')).toEqual([]);
  });

  it('reads a pilot whose cities or areas grow', () => {
    expect(programs('目前，新市民租房补贴制度试点城市扩大到20个。')).toEqual([
      '新市民租房补贴制度试点',
    ]);
    expect(programs('有关部门决定，将跨境电商退货便利化试点地区由5个扩大到9个。')).toEqual([
      '跨境电商退货便利化试点',
    ]);
    expect(programs('南岭省扩大农业保险保费补贴试点范围。')).toEqual(['农业保险保费补贴试点']);
    // A range of places the pilot grows over is no name.
    expect(programs('将贷款贴息范围由8个试点城市扩大到试点城市所在省份。')).toEqual([]);
  });
});

describe('recall34, an action named before a briefing on it', () => {
  it('ends the name before 有关情况', () => {
    expect(programs('国新办举行发布会，介绍南岭河湖清淤三年行动相关情况。')).toEqual([
      '南岭河湖清淤三年行动',
    ]);
  });
});

describe('recall34, reforms and the party campaign', () => {
  it("reads a reform of a field's system or appraisal", () => {
    expect(programs('要扎实推进院士制度改革，培养青年人才。')).toEqual(['院士制度改革']);
    expect(programs('南岭省深化人才评价改革，破除唯论文。')).toEqual(['人才评价改革']);
    // A whole state's system stays a stance (文化体制机制改革, the Third Plenum's named task, is a
    // gazetteer reform since recall38: programs-measures.txt).
    expect(programs('要深化行政体制机制改革。')).toEqual([]);
  });

  it('reads the campaign by its kind whose results are consolidated', () => {
    expect(programs('要巩固拓展主题教育成果，建立长效机制。')).toEqual(['主题教育']);
  });
});
