/** Program-shaped labels that describe instead of naming (invented sentences; prog52, issue 13). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('labels that describe a program instead of naming one', () => {
  it('takes a stance of macro policy and a bare package for no program', () => {
    expect(programs('东岭银行表示，今年将继续实施稳健的货币政策。')).toEqual([]);
    expect(programs('要实施更加积极的财政政策和适度宽松的货币政策。')).toEqual([]);
    expect(programs('实施更加积极有为的宏观政策，扩大国内需求。')).toEqual([]);
    expect(programs('东岭省出台“一揽子”政策，帮助毕业生入职。')).toEqual([]);
  });
  it('takes a policy named by the field it supports, and a sweep’s manner, for no program', () => {
    expect(programs('东岭继续实施稻麦轮作及茶叶产业发展支持政策。')).toEqual([]);
    expect(programs('东岭落实好粮食生产各项支持政策。')).toEqual([]);
    expect(programs('东岭落实促进民营经济发展壮大支持政策。')).toEqual([
      '促进民营经济发展壮大支持政策',
    ]);
    expect(programs('东岭开展拉网式清理行动，整治违规广告。')).toEqual([]);
    expect(programs('东岭国卓有成效制定并实施国家长远发展战略。')).toEqual([]);
  });
  it('takes a count of initiatives and a list glued into one label for no program', () => {
    expect(programs('与会嘉宾表示，四大全球倡议为世界发展指明方向。')).toEqual([]);
    expect(programs('报告向世界青年发出了五点全球青年行动倡议。')).toEqual([]);
    expect(programs('中方提出全球发展倡议和全球安全倡议。')).toEqual([
      '全球发展倡议',
      '全球安全倡议',
    ]);
  });
  it('takes a province’s plan for carrying out a campaign for no program', () => {
    expect(programs('东岭制定全省学习教育实施方案，细化各项举措。')).toEqual([]);
    expect(programs('东岭部制定印发学习教育实施方案，查摆突出问题。')).toEqual([]);
    expect(programs('东岭出台全省乡村道路养护工作方案。')).toEqual([]);
  });
  it('takes what a forum jointly issues for the meeting’s text, not a program', () => {
    expect(programs('本届论坛期间，各国青年代表一致通过《东岭倡议》。')).toEqual([]);
    expect(programs('大会发布数字课堂平台、《东岭智慧教育倡议》等成果。')).toEqual([]);
    expect(programs('多国媒体共同发布《东岭媒体合作联合倡议》。')).toEqual([]);
  });
  it('takes a project praised as the biggest, or a data centre’s, for one plant', () => {
    expect(programs('在东岭，全国最大的储能一体化示范项目正加紧建设。')).toEqual([]);
    expect(programs('东岭将建设云谷数据中心项目。')).toEqual([]);
  });
  it('takes an army’s operation and a weapons plan for no program', () => {
    expect(programs('武装人员称打击了在东岭南部行动的士兵。')).toEqual([]);
    expect(programs('负责西洋地区美军行动的司令部发表声明。')).toEqual([]);
    expect(programs('安全部队在边境地区开展大规模搜查行动。')).toEqual([]);
    expect(programs('双方还讨论了东岭国的导弹发展计划。')).toEqual([]);
  });
  it('takes counted occasions and a mechanism to build for no program', () => {
    expect(programs('今年两地将开展上万场清河护岸行动。')).toEqual([]);
    expect(programs('建立健全“一网统管”城市综合治理体制机制。')).toEqual([]);
  });
  it('cuts a time phrase glued before a pilot and keeps the pilot (carried-out.ts)', () => {
    expect(programs('自2018年东岭国家公园体制试点启动以来，生态持续向好。')).toEqual([
      '东岭国家公园体制试点',
    ]);
  });
});
