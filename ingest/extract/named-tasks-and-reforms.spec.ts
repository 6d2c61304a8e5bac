/**
 * Programs, prog55 (issue 13, recall of named strategies; invented sentences): national reforms and
 * plans of the gazetteer printed without a verb the rules read, and local campaigns named by their
 * parallel tasks, a quoted building reported as a field of work, a set of theme years, and an
 * action that carries out a system.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program').sort();

describe('prog55, national reforms and plans of the gazetteer', () => {
  it('reads two reforms joined after one verb', () => {
    expect(programs('北岭省将深化公立医院改革和医保支付方式改革，减轻群众负担。')).toEqual([
      '公立医院改革',
      '医保支付方式改革',
    ]);
  });
  it('reads the reform of national defence and a basin plan', () => {
    expect(programs('要夺取深化国防和军队改革全面胜利。')).toEqual(['国防和军队改革']);
    expect(programs('这座水库是淮河流域综合规划的骨干工程。')).toEqual(['淮河流域综合规划']);
  });
  it('reads the renewal of old trucks and the printed forms of two known programs', () => {
    expect(programs('北岭市安排资金，支持老旧营运货车报废更新。')).toEqual([
      '老旧营运货车报废更新',
    ]);
    expect(programs('会议研究推进雄安新区高质量建设和发展。')).toEqual(['雄安新区建设']);
    expect(programs('将统筹大型风电光伏基地、海上风电等开发布局。')).toEqual([
      '大型风电光伏基地建设',
    ]);
  });
});

describe('prog55, local campaigns', () => {
  it('names a strategy and a contest by their parallel tasks', () => {
    expect(programs('我县将“工业强县、人才兴北”战略作为今年的重点。')).toEqual([
      '工业强县、人才兴北战略',
    ]);
    expect(programs('会上宣布二季度“项目强区、创新引领”夺旗竞赛考核结果。')).toEqual([
      '项目强区、创新引领竞赛',
    ]);
  });
  it('reads a quoted building reported as a field of work, or with a dot, learnt of', () => {
    expect(programs('会议听取了扶贫“两个整治”建设工作情况汇报。')).toEqual(['两个整治建设']);
    expect(programs('代表团详细了解“邻里社·和美园”建设、产业项目打造等情况。')).toEqual([
      '邻里社·和美园建设',
    ]);
  });
  it('reads a set of theme years run together', () => {
    expect(programs('要把各项工作与全区“5+2”个年活动紧密结合。')).toEqual(['5+2个年活动']);
  });
  it('reads an action named by three tasks of four characters', () => {
    expect(programs('要深入开展果业品种选优、品质提升、品牌打造行动，推介特产。')).toEqual([
      '果业品种选优、品质提升、品牌打造行动',
    ]);
  });
  it("names the action a guide's title is for, the field before its quote too", () => {
    expect(programs('北岭厅发布《全省中学阶段劳动教育“学中做”引领行动指南》。')).toEqual([
      '全省中学阶段劳动教育学中做引领行动',
    ]);
  });
  it('keeps the verb of an action that carries out a system', () => {
    expect(programs('各地开展贯彻落实统一市场审查制度专项行动。')).toEqual([
      '贯彻落实统一市场审查制度专项行动',
    ]);
  });
});
