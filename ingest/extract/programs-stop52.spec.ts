/**
 * prog63 (issue 13, stop 52): the failures of the fresh set prog63-a (national 新闻联播, July 2025)
 * and stop 51's leftovers on prog62-a, each as invented sentences (the rules' files say why).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { entityNames, inventedArticle as article } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');
const people = (text: string) => entityNames(text, 'person');
const posts = (text: string) => entityNames(text, 'post');

describe('programmes', () => {
  it("read a field's action plan of a five-year period whole (period-plans.ts)", () => {
    expect(programs('省林业局组织编制“十五五”湿地保护修复专项行动计划，加强指导。')).toEqual([
      '十五五湿地保护修复专项行动计划',
    ]);
  });
  it('read an action a clause takes as its lever, past 建设 (carried-out.ts, program-extent.ts)', () => {
    expect(programs('该省将以实施纺织业重点产业链现代化建设行动为抓手，推进转型。')).toEqual([
      '纺织业重点产业链现代化建设行动',
    ]);
  });
  it('leave a visit out of the relief policy it inquires into (strategy-forms.ts)', () => {
    expect(programs('代表团调研跨境零售进口商品免税政策实施，了解情况。')).toEqual([
      '跨境零售进口商品免税政策',
    ]);
  });
  it('read no name from short items listed in one quote before 等 (program-fragments.ts)', () => {
    expect(programs('目前，该区“零首付、低利率”等政策体系逐步完善。')).toEqual([]);
  });
  it("leave out one city centre's works (program-kinds.ts)", () => {
    expect(programs('该市正式启动“中心城区河道清淤及景观提升工程”，疏浚河道。')).toEqual([]);
  });
  it('read the named national policies of the gazetteer as printed', () => {
    expect(programs('该省百日千万招聘活动已举办招聘会300场。')).toEqual(['百日千万招聘专项行动']);
    expect(programs('该区残疾人两项补贴实现应补尽补。')).toEqual([
      '困难残疾人生活补贴和重度残疾人护理补贴',
    ]);
    expect(programs('加工增值内销免关税政策已惠及百余家企业。')).toEqual([
      '海南自由贸易港加工增值免关税政策',
    ]);
    expect(programs('离岛免税购物政策持续优化，购物额度提高。')).toEqual(['海南离岛免税政策']);
    expect(programs('会议听取推进跨境电商综合试验区建设情况汇报。')).toEqual([
      '跨境电子商务综合试验区建设',
    ]);
    expect(programs('该省深化科技成果赋权改革，激发科研人员活力。')).toEqual([
      '职务科技成果赋权改革',
    ]);
  });
});

describe('people and posts', () => {
  it("read no person from a country's inquiry (false-names.ts SIDE)", () => {
    expect(people('韩调查称事故系机组操作失误所致')).toEqual([]);
  });
  it('read no person from a body the story names after its kind (things-named-like-people.ts)', () => {
    expect(people('国际评级机构杜瑞21日下调评级。杜瑞表示，前景承压。')).toEqual([]);
  });
  it('read no person from a thing of an era (historical-figures.ts eraBeforeName)', () => {
    expect(people('展厅里陈列着复原的宋代罗帕，引来观众驻足。')).toEqual([]);
  });
  it('read no title nor name where the title runs into a noun (role-into-noun.ts)', () => {
    const text = '截至中午，该镇排水主管网疏通，居民生活恢复正常。';
    expect(people(text)).toEqual([]);
    expect(posts(text)).toEqual([]);
    // 表格 and 长石 are nouns too, but a sound of foreign names or a surname opens a name there.
    expect(posts('美国贸易代表格兰特在会上发言，强调合作。')).toEqual(['美国贸易代表']);
    expect(people('中央统战部部长石立新出席。')).toEqual(['石立新']);
    expect(people('首枚金牌被该国选手法尔卡诺娃获得。')).toEqual(['法尔卡诺娃']);
  });
  it("join a county's office printed with and without its city (office-forms.ts)", () => {
    const g = buildGraph([
      article('a', '安徽阜阳市太和县东岭种植专业合作社党支部书记刘玉山介绍，今年小麦丰收。'),
      article('b', '安徽省太和县东岭种植专业合作社党支部书记刘玉山带领乡亲科技种田。'),
    ]);
    const of = (type: string) => g.filterNodes((_, a) => a.type === type).sort();
    expect(of('person')).toEqual(['person:刘玉山']);
    expect(of('post')).toHaveLength(1);
  });
});
