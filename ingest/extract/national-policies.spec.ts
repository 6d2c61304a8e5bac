/** Programs, junk20 (issue 13): macro policies, one program per thing, kinds that are no program (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('named national policies of programs-policies.txt, junk20', () => {
  it('takes the two macro policy stances for no program (prog52: the newer annotations junk them)', () => {
    expect(programs('东岭会议提出，明年继续实施积极的财政政策和稳健的货币政策。')).toEqual([]);
  });
  it('reads the biodiversity framework under its three dashes and its old name', () => {
    expect(programs('代表们称赞昆明——蒙特利尔全球生物多样性框架。')).toEqual([
      '昆明-蒙特利尔全球生物多样性框架',
    ]);
    expect(programs('各方推动达成2020年后全球生物多样性框架。')).toEqual([
      '昆明-蒙特利尔全球生物多样性框架',
    ]);
  });
  it('reads printed forms of programs the gazetteer had (老旧小区, 要素, 国企)', () => {
    expect(programs('东岭市今年新开工改造城镇老旧小区三百个。')).toEqual(['城镇老旧小区改造']);
    expect(programs('东岭省深化要素市场化改革。')).toEqual(['要素市场化配置改革']);
    expect(programs('东岭市要深化国资国企改革。')).toEqual(['国有企业改革']);
    expect(programs('他提出大力实施人才战略。')).toEqual(['人才强国战略']);
  });
});

describe('one program per thing in a story, junk20', () => {
  it('reads the nation before a gazetteer name as that program (中国山水工程)', () => {
    expect(programs('“中国山水工程”入选东岭评选。')).toEqual([
      '山水林田湖草沙一体化保护和修复工程',
    ]);
  });
  it('reads a quoted nickname and the kind of policy it is as the nickname’s program', () => {
    expect(programs('随着“新十条”疫情防控政策的实施，东岭餐馆复苏。')).toEqual([
      '进一步优化落实新冠肺炎疫情防控措施',
    ]);
  });
  it('reads a strategy’s outline as the strategy', () => {
    expect(programs('东岭印发《扩大内需战略规划纲要（2022—2035年）》。')).toEqual(['扩大内需战略']);
  });
});

describe('kinds that are no program, junk20', () => {
  it('takes a covert operation for a hostile action', () => {
    expect(programs('报道称，该部队执行所谓的高风险秘密行动。')).toEqual([]);
  });
  it('takes the installation works of a numbered model for one site', () => {
    expect(programs('“东岭一号”核岛安装工程今天开工。')).toEqual([]);
  });
  it('takes a dispute case for no program', () => {
    expect(programs('“中国诉美某某关税措施”争端案专家组发布报告。')).toEqual([]);
  });
  it('takes a place’s plan named by its field for a description', () => {
    expect(programs('他领导制订东岭经济发展规划和城市建设规划。')).toEqual([]);
  });
  it('reads the 2025 loan subsidies and visa-free entry (pjunk60)', () => {
    expect(programs('近期，个人消费贷款贴息政策在东岭加速落地。')).toEqual([
      '个人消费贷款财政贴息政策',
    ]);
    expect(programs('伴随着入境免签、支付便利化等政策措施优化，东岭入境游升温。')).toEqual([
      '免签政策',
    ]);
  });
  it('reads the insurance rate cut listed among policies and the carbon market’s building (pjunk60)', () => {
    expect(programs('东岭延续实施稳岗返还、降低失业和工伤保险费率等政策。').sort()).toEqual([
      '失业保险稳岗返还',
      '阶段性降低失业和工伤保险费率政策',
    ]);
    expect(programs('东岭推动全国碳市场建设。')).toEqual(['全国碳排放权交易市场建设']);
  });
});
