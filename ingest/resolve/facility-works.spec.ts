/** Programs, junk17 (issue 13): single works, verbs, fragments, duplicates and named policies (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs, junk17', () => {
  it('takes a works named by its one facility for no program (枢纽工程, 运河工程)', () => {
    expect(programs('该省加快推进东岭渠首枢纽工程、南岭港航设施工程等前期工作。')).toEqual([]);
    expect(programs('重点推进东岭运河工程建设。')).toEqual([]);
  });
  it('takes a name cut after 至 for a fragment of a route (甲地至乙地段…工程)', () => {
    expect(programs('项目包括东岭高铁郑州至洛阳段达速提质工程等共计300个。')).toEqual([]);
  });
  it('reads 计划启动 with an object as the verb "plans to launch" (某机场计划启动…)', () => {
    expect(programs('今年，东岭机场计划启动8条国际航线。')).toEqual([]);
    expect(programs('前不久，东岭青少年阅读计划正式启动。')).toEqual(['东岭青少年阅读计划']);
  });
  it('takes a pilot and the 试点方案 setting it up in one story for one program', () => {
    const found = programs(
      '两部门印发《东岭湿地资源资产管护机制试点方案》。方案提出，在三个县开展湿地资源资产管护试点。',
    );
    expect(found).toEqual(['东岭湿地资源资产管护机制试点方案']);
  });
});

describe('named tax and farm policies, junk17', () => {
  it('reads the tax and subsidy policies of the gazetteer as printed', () => {
    expect(programs('东岭省下达耕地轮作补贴3亿元。')).toEqual(['耕地轮作补贴']);
    expect(programs('今年该省增值税留抵退税超过百亿元。')).toEqual(['大规模增值税留抵退税政策']);
    expect(programs('该市落实研发费用加计扣除政策。')).toEqual(['研发费用加计扣除政策']);
    expect(programs('东岭省执行国家集中带量采购后的药品价格。')).toEqual([
      '国家组织药品集中带量采购',
    ]);
    // The extension of one route is read as the national project it belongs to (prog58: the
    // gazetteer no longer lists the extension as a program of its own).
    expect(programs('南水北调东线北延工程今年向东岭供水。')).toEqual(['南水北调']);
  });
});
