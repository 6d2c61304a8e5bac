/** Named programs in forms no suffix rule read (recall44, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a field raised to a national strategy (strategy-forms.ts)', () => {
  it('reads what the state raises to a national strategy', () => {
    expect(programs('2016年，国家将全民阅读上升为国家战略，各地建起书屋。')).toEqual([
      '全民阅读国家战略',
    ]);
    expect(programs('早在十年前，海洋强省建设就已上升为国家战略。')).toEqual([
      '海洋强省建设国家战略',
    ]);
  });
  it('reads no pronoun', () => {
    expect(programs('这一构想上升为国家战略后，投资大增。')).toEqual([]);
  });
});

describe('a package of numbered articles in quotation marks (strategy-forms.ts)', () => {
  it('reads the quoted package named by its count', () => {
    expect(programs('某市近日出台“稳岗留工十八条”，对困难企业返还保费。')).toEqual([
      '稳岗留工十八条',
    ]);
    expect(programs('新出台的“科创35条”明确了研发补助标准。')).toEqual(['科创35条']);
  });
  it('reads no article of a law and no bare new package', () => {
    expect(programs('该法“第十二条”规定了处罚。')).toEqual([]);
    expect(programs('各地落实“新九条”，优化服务。')).toEqual([]);
  });
});

describe('a year declared a campaign (strategy-forms.ts)', () => {
  it('reads the quoted year a body declares', () => {
    expect(programs('文旅部门把今年确定为“服务质量攀升年”，推出多项举措。')).toEqual([
      '服务质量攀升年',
    ]);
  });
  it('reads no year of exchange between two countries', () => {
    expect(programs('两国以建交50周年暨“甲乙友好交流年”为契机深化合作。')).toEqual([]);
  });
  it('reads no year of friendship two leaders declare (pjunk60)', () => {
    expect(programs('两国领导人共同宣布将明年确定为“甲乙友好年”。')).toEqual([]);
    expect(programs('双方将后年确定为“甲乙人文交流年”。')).toEqual([]);
  });
});

describe('a major special project of the science plan (strategy-forms.ts)', () => {
  it('reads the project named by what it builds', () => {
    expect(programs('这颗卫星是我国深空测控通信网络重大专项的关键一环。')).toEqual([
      '深空测控通信网络重大专项',
    ]);
  });
  it('reads no bare kind, no list item and no enforcement campaign', () => {
    expect(programs('企业围绕国家重大专项开展攻关。')).toEqual([]);
    expect(programs('推进高端芯片及工业软件重大专项。')).toEqual([]);
    expect(programs('严厉打击制售假种子等重大专项执法。')).toEqual([]);
  });
});

describe('a plan issued with its period, without 《》 (strategy-forms.ts)', () => {
  it('reads the plan with its period as its title', () => {
    expect(programs('五部门日前印发家电行业促消费方案（2031—2032年），提出三项任务。')).toEqual([
      '家电行业促消费方案(2031—2032年)',
    ]);
  });
  it('reads no round of plans', () => {
    expect(programs('各地印发新一轮提质方案（2031—2033年）。')).toEqual([]);
  });
});

describe('an action plan carried out (program-extent.ts endsName)', () => {
  it('ends the plan before 实施 of its carrying out', () => {
    expect(programs('农业农村部部署2031年南方红壤保护性耕作行动计划实施工作。')).toEqual([
      '南方红壤保护性耕作行动计划',
    ]);
  });
});

describe("the party's education campaigns (programs-measures.txt)", () => {
  it('reads each campaign by its name, quoted or not', () => {
    expect(
      programs('回顾党的群众路线教育实践活动和“不忘初心、牢记使命”主题教育，支部深受教育。').sort(),
    ).toEqual(['不忘初心、牢记使命主题教育', '党的群众路线教育实践活动']);
    expect(programs('全市扎实开展“三严三实”专题教育。')).toEqual(['三严三实专题教育']);
  });
});

describe('a tax or fee relief named by what it relieves (strategy-forms.ts)', () => {
  it('reads the policy after the verb that carries it out', () => {
    expect(programs('会议决定对困难行业实行阶段性缓缴工伤保险费政策，稳定就业。')).toEqual([
      '阶段性缓缴工伤保险费政策',
    ]);
    expect(programs('部分货车减半征收通行费政策实施半年，惠及车主。')).toEqual([
      '部分货车减半征收通行费政策',
    ]);
  });
  it('reads the policy after a time or a date', () => {
    expect(programs('交通部门提醒，国庆假期免收小型客车通行费政策将持续八天。')).toEqual([
      '免收小型客车通行费政策',
    ]);
    // prog63: not 离岛免税购物政策 any more, which the gazetteer names (海南离岛免税政策).
    expect(programs('自2031年7月1日跨境零售进口商品免税政策调整额度。')).toEqual([
      '跨境零售进口商品免税政策',
    ]);
  });
  it('reads no general stance and no kind of policies', () => {
    expect(programs('继续实施各项免征降费政策。')).toEqual([]);
    expect(programs('完善有关减税免税的政策。')).toEqual([]);
  });
});
