/**
 * Namesakes (orgpost18, issue 13; invented articles): one well-known person printed with
 * different posts in different stories stays one node; two people of one name still split.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle as article } from '../../tests/kit/articles.ts';

const keysOf = (articles: ArticleRecord[], label: string) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'person' && a.label === label)
    .sort();

describe('namesakes kept one person', () => {
  it('reads a session office (大会副秘书长) as telling no namesakes apart (tail58)', () => {
    const found = keysOf(
      [
        article('a', '全国人大常委会副委员长王海东、李春明，秘书长刘立奇出席会议。'),
        article('b', '会议经过表决，决定刘立奇、张国庆、孔德明为大会副秘书长。'),
      ],
      '刘立奇',
    );
    expect(found).toEqual(['person:刘立奇']);
  });
  it('reads every title after 时任 as former, and former posts split no one', () => {
    const found = keysOf(
      [
        article('a', '中共中央总书记、国家主席孙立新在北京出席会议。'),
        article('b', '1990年，时任江州市委常委、常务副市长的孙立新主持召开湖区治理会议。'),
      ],
      '孙立新',
    );
    expect(found).toEqual(['person:孙立新']);
  });
  it('joins two national offices beyond the Party and the State Council (最高人民法院院长)', () => {
    const found = keysOf(
      [
        article('a', '最高人民法院院长孙立新作工作报告。'),
        article('b', '全国政协副主席孙立新出席开幕式。'),
      ],
      '孙立新',
    );
    expect(found).toEqual(['person:孙立新']);
  });
  it("joins a democratic party's central office with another national office (民建中央)", () => {
    const found = keysOf(
      [
        article('a', '全国政协副主席孙立新、周海平围绕科技创新作了发言。'),
        article('b', '民盟中央常务副主席孙立新主持开幕会。'),
      ],
      '孙立新',
    );
    expect(found).toEqual(['person:孙立新']);
  });
  it("joins one foreign office printed with its country's short form and in full", () => {
    const found = keysOf(
      [
        article('a', '黎真主党副总书记卡西米发表讲话。'),
        article('b', '黎巴嫩真主党副总书记卡西米表示，将继续抵抗。'),
      ],
      '卡西米',
    );
    expect(found).toEqual(['person:卡西米']);
  });
  it('joins a body printed with its abbreviation in brackets and by the abbreviation', () => {
    const found = keysOf(
      [
        article('a', '卡迪尔是巴勒斯坦民族解放运动（法塔赫）领导人。'),
        article('b', '法塔赫领导人卡迪尔表示，将继续谈判。'),
      ],
      '卡迪尔',
    );
    expect(found).toEqual(['person:卡迪尔']);
  });
});

describe('a first holder with no body', () => {
  it('tells no one apart by 首任院长 alone', () => {
    const found = keysOf(
      [
        article('a', '北方大学材料学院院长罗建平介绍了学院的发展。'),
        article('b', '学校新设了材料学院，罗建平担任首任院长。'),
      ],
      '罗建平',
    );
    expect(found).toEqual(['person:罗建平']);
  });
});

describe('namesakes still split', () => {
  it('keeps two managers of one name apart when one of them also held a former post', () => {
    const found = keysOf(
      [
        article('a', '甲乙公司财务经理王刚介绍，今年公司营收增长。'),
        article('b', '丙丁集团总经理、原戊己公司副总经理王刚表示，新厂下月投产。'),
      ],
      '王刚',
    );
    expect(found).toEqual(['person:王刚', 'person:王刚#2']);
  });
});
