/** Position mentions on invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPositionMentions } from './positions.ts';

const words = (text: string) => findPositionMentions(text).map((m) => m.word);

describe('findPositionMentions', () => {
  it('finds roles and occupations with or without a person beside them', () => {
    expect(words('某某珠宝总裁表示，收藏家都来了，记者近日求证。')).toEqual([
      '总裁',
      '收藏家',
      '记者',
    ]);
  });
  it('takes no role word cut out of a longer word or running on into an organisation', () => {
    expect(words('这项主任务由委员会负责。')).toEqual([]);
  });
  it('takes the grades and business functions printed in front of the role word', () => {
    expect(words('某某地产营销总监方某和客户经理孙某，某研究院常务副院长也到了。')).toEqual([
      '营销总监',
      '客户经理',
      '常务副院长',
    ]);
    expect(words('原告代理律师指出，高级策划经理另有看法。')).toEqual(['代理律师', '高级策划经理']);
  });
  it('counts no community role and no bare 代表 (mostly the verb) as a position', () => {
    expect(words('我代表公司欢迎游客和网友，村民也来了。')).toEqual([]);
  });
  it('reads jobs outside the civil service: sport, arms, screen, Latin titles', () => {
    expect(words('主帅某某说，前锋和门将都累了；某公司CEO与一位少将和制片人见面。')).toEqual([
      '主帅',
      '前锋',
      '门将',
      'CEO',
      '少将',
      '制片人',
    ]);
  });
});

describe('honours and nobility are no position (clue-5)', () => {
  it('reads no position from 冠军, 大师 or 公爵, which only introduce a name', () => {
    expect(words('奥运冠军李某和国画大师王某出席，某某公爵也到场。')).toEqual([]);
  });
});
