/**
 * Programs, programs21 (issue 13): what the independent blind annotations judge junk in general
 * forms (a principle, events, collectives, generic field policies) and named strategies printed
 * in ways the rules missed (a bare campaign, glued battles, farmland built). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('not programs, programs21', () => {
  it('takes a basic principle and its system for no program', () => {
    expect(programs('东岭坚持“一国两制”方针，完善“一国两制”制度体系。')).toEqual([]);
  });
  it('takes a series of themed activities and an award ceremony for events', () => {
    expect(programs('各地集中开展“红领巾向未来”系列主题实践活动。')).toEqual([]);
    expect(programs('全省茶艺推广工作表彰活动今天举行。')).toEqual([]);
    // A campaign's own practice stays.
    expect(programs('开展“我为群众办实事”实践活动。')).toEqual(['我为群众办实事实践活动']);
  });
  it('takes a title awarded in batches and a day named by its date for events', () => {
    expect(programs('教育部启动第四批“东岭好团队”创建活动。')).toEqual([]);
    expect(programs('总台“6·18东岭茶叶日媒体行动”举行。')).toEqual([]);
  });
  it('takes a count of programs described together for none', () => {
    expect(programs('三部门启动两项助力茶农专项行动。')).toEqual([]);
    expect(programs('三部门启动两项助力茶农专项行动。随后启动东岭茶园提质专项行动。')).toEqual([
      '东岭茶园提质专项行动',
    ]);
  });
  it('takes 行动 after 在于, a military plan, a foreign policy and a firm’s plans for no program', () => {
    expect(programs('保护湿地关键在于行动，需要各方努力。')).toEqual([]);
    expect(programs('某国被指实施海上军事计划。')).toEqual([]);
    expect(programs('东岭奉行独立自主的外交政策，鼓励企业实施品牌战略。')).toEqual([]);
    expect(programs('七成企业有创新研发计划。')).toEqual([]);
  });
});

describe('named strategies, programs21', () => {
  it('reads a title shortened to its kind as the full title printed before it', () => {
    expect(
      programs('两部门印发《关于搞活东岭茶市 扩大茶叶消费的若干措施》。《若干措施》提出六条举措。'),
    ).toEqual(['关于搞活东岭茶市 扩大茶叶消费的若干措施']);
  });
  it('reads a party campaign named by its kind alone where it is carried out', () => {
    expect(programs('各地要切实抓好主题教育，推动工作。')).toEqual(['主题教育']);
    expect(programs('希望东岭以开展主题教育为动力。')).toEqual(['主题教育']);
    expect(programs('东岭结合深入开展的学习贯彻某某思想主题教育，做好调研。')).toEqual([
      '学习贯彻某某思想主题教育',
    ]);
  });
  it('reads an action carried out since (以来) it was launched', () => {
    expect(programs('市场监管部门3月开展制止茶叶浪费专项行动以来，检查茶馆。')).toEqual([
      '制止茶叶浪费专项行动',
    ]);
  });
  it('reads battles glued before a shared end as each battle', () => {
    expect(programs('继续打好蓝天碧水净土保卫战。')).toEqual([
      '净土保卫战',
      '碧水保卫战',
      '蓝天保卫战',
    ]);
  });
  it('reads farmland built, with its area between, as the farmland program', () => {
    expect(programs('全省已建成300万亩高标准农田。')).toEqual(['高标准农田建设']);
    expect(programs('今年新建高标准农田50万亩。')).toEqual(['高标准农田建设']);
    expect(programs('全省新建成200多个美丽乡村。')).toEqual([]);
  });
  it('reads a foreign state printed before a quoted strategy as its owner', () => {
    expect(programs('双方推动合作同欧盟“全球桥梁”战略对接。')).toEqual(['欧盟全球桥梁战略']);
    expect(programs('中方支持沙特“绿色绿洲”倡议，“绿色绿洲”倡议进展顺利。')).toEqual([
      '沙特绿色绿洲倡议',
    ]);
    // China's own and a place's quoted strategy keep their names.
    expect(programs('推进“美丽东岭”建设。')).toEqual(['美丽东岭建设']);
    expect(programs('双方推进印尼“一带一路”倡议合作。')).toEqual(['一带一路']);
  });
  it('reads a nation’s renewal named new + the country, quoted and built', () => {
    expect(programs('哈萨克斯坦正在建设“新哈萨克斯坦”，前景广阔。')).toEqual(['新哈萨克斯坦']);
    expect(programs('东岭正在建设“新东岭”。')).toEqual([]);
  });
});
