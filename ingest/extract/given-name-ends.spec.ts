/**
 * Names after titles the CLUENER train split's name-and-position subset missed (clue19, issue 11):
 * 和 ending a given name before an adverb or a pronoun of place, 年 ending a given name jieba
 * reads whole, and 副总 (a deputy general manager) as a title. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('和 before an adverb or a pronoun of place ends a given name', () => {
  it('keeps 和 in the name before 先后 and 那里', () => {
    expect(people('据了解，农机合作社理事长郑春和先后三次赴外地考察。')).toEqual(['郑春和']);
    expect(people('这种变化，在县供销社主任郑春和那里也能感受到。')).toEqual(['郑春和']);
  });
  it('leaves 和 a conjunction before a second name or a noun', () => {
    expect(people('理事长郑春和村民一起先后走访了三户人家。')).toEqual(['郑春']);
    expect(people('理事长郑春和副理事长孙平先后发言。').sort()).toEqual(['孙平', '郑春']);
  });
});

describe('年 ends a given name jieba reads whole', () => {
  it('reads 某鹤年 after a title as the name, with a surname rarer in counts (寿)', () => {
    expect(people('以董事长兼总经理寿鹤年为首的团队出席了仪式。')).toEqual(['寿鹤年']);
  });
  it('does not read 明年 or a year after a name into it', () => {
    expect(people('集团总经理王明年初将到任。')).not.toContain('王明年');
    expect(people('厂长王松年底退休。')).not.toContain('王松年');
  });
});

describe('副总 is a title', () => {
  it('opens a name after 副总 and 常务副总', () => {
    expect(people('远航物流副总邵屹表示，订单增加了三成。')).toEqual(['邵屹']);
    expect(people('远航物流常务副总邵屹')).toEqual(['邵屹']);
  });
  it('still reads 副总理 and 副总经理 whole', () => {
    expect(people('国务院副总理刘明表示，要稳住就业。')).toEqual(['刘明']);
    expect(people('公司副总经理陈东介绍，新线下月投产。')).toEqual(['陈东']);
  });
});

describe('a rare surname jieba reads as an adverb, then a given name of one word', () => {
  it('reads 主编务某某 before a speech verb or the end as a name', () => {
    expect(people('晚报副主编务远航表示，版面将全面改版。')).toEqual(['务远航']);
    expect(people('本期嘉宾：都市晚报主编务远航')).toEqual(['务远航']);
  });
  it('leaves an adverb and its verb after a title alone', () => {
    expect(people('会上，主任亲自部署。')).toEqual([]);
    expect(people('会上，主任一再表示，要抓落实。')).toEqual([]);
  });
  it('leaves a verb of every sentence and its object after a title or a resident alone', () => {
    expect(people('开通巴士后，不少市民来滑雪。')).toEqual([]);
    expect(people('两国领导人讲信义、守承诺。')).toEqual([]);
  });
});

describe('a verb and its frequent object after a title stay words', () => {
  it('reads no name from 委员作大会发言', () => {
    expect(people('随后，十位委员作大会发言。')).toEqual([]);
  });
});

describe('a name spelt in sounds ends before 本场 and 基本', () => {
  it('cuts 本 of this match and the adverb 基本 off the run', () => {
    expect(people('主力后卫卢卡诺本轮停赛，球队防线吃紧。')).toEqual(['卢卡诺']);
    expect(people('从客队买入的前锋加德纳基本痊愈，复出在即。')).toEqual(['加德纳']);
  });
  it('keeps a sound run whose last sound is 本 before a speech verb', () => {
    expect(people('前锋罗本表示，球队状态很好。')).toEqual(['罗本']);
  });
});
