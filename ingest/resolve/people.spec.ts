/** Namesakes: one node per person, two for two people of one name (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const article = inventedArticle;

const people = (articles: ArticleRecord[]) => {
  const g = buildGraph(articles);
  return g
    .filterNodes((_, a) => a.type === 'person')
    .map((k) => ({ key: k, ...g.getNodeAttributes(k) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
};

describe('namesakes', () => {
  it('keeps two people of one name apart when nothing connects them', () => {
    const found = people([
      article('a', '甲乙公司财务经理王刚介绍，今年公司营收增长。'),
      article('b', '丙丁集团总经理王刚表示，新厂下月投产。'),
    ]).filter((p) => p.label === '王刚');
    expect(found.map((p) => p.key)).toEqual(['person:王刚', 'person:王刚#2']);
    expect(found[0]!.namesakeOf).toEqual(['person:王刚#2']);
    expect(found[1]!.namesakeOf).toEqual(['person:王刚']);
    expect(found.map((p) => p.articles)).toEqual([['a'], ['b']]);
  });
  it('joins them when a post or an organisation connects the articles', () => {
    const found = people([
      article('a', '甲乙公司财务经理王刚介绍，今年公司营收增长。'),
      article('b', '甲乙公司财务经理王刚说，回款加快。'),
      article('c', '王刚说，明年还要扩产。'),
    ]).filter((p) => p.label === '王刚');
    expect(found.map((p) => p.key)).toEqual(['person:王刚']);
    expect(found[0]!.articles).toEqual(['a', 'b', 'c']);
    expect(found[0]!.namesakeOf).toBeUndefined();
  });
});

describe('namesakes joined by the company they keep', () => {
  it('joins one name with unconnected posts when both articles name the same two other people', () => {
    const found = people([
      article('a', '全国人大常委会副委员长周明远、陈立华、孙海东出席会议。'),
      article('b', '大会主席团常务主席周明远、陈立华、孙海东主持会议。'),
    ]).filter((p) => p.label === '周明远');
    expect(found.map((p) => p.key)).toEqual(['person:周明远']);
    expect(found[0]!.joinedBy).toContain('named with 孙海东、陈立华');
  });
  it('keeps them apart when the articles share only one other person', () => {
    const found = people([
      article('a', '甲乙公司财务经理王刚、李红介绍，今年公司营收增长。'),
      article('b', '丙丁集团总经理王刚、李红、赵伟表示，新厂下月投产。'),
    ]).filter((p) => p.label === '王刚');
    expect(found.map((p) => p.key)).toEqual(['person:王刚', 'person:王刚#2']);
  });
});

describe('namesakes joined by their posts', () => {
  it('joins a post printed whole and the same post cut short, and two posts of one foreign country', () => {
    const found = people([
      article('a', '美国宾夕法尼亚州费城市长帕尔森表示，城市将举办庆典。'),
      article('b', '费城市长帕尔森说，庆典下月开幕。'),
      article('c', '乌克兰国防部长鲁斯坦表示，谈判将继续。'),
      article('d', '乌克兰代表团团长鲁斯坦说，双方交换了意见。'),
    ]).filter((p) => p.label === '帕尔森' || p.label === '鲁斯坦');
    expect(found.map((p) => p.key)).toEqual(['person:帕尔森', 'person:鲁斯坦']);
  });
  it('keeps apart one name in two countries with the same short post', () => {
    const found = people([
      article('a', '卡塔尔外交部发言人安萨尔表示，调解仍在进行。'),
      article('b', '伊朗外交部发言人安萨尔说，会谈没有结果。'),
    ]).filter((p) => p.label === '安萨尔');
    expect(found.map((p) => p.key)).toEqual(['person:安萨尔', 'person:安萨尔#2']);
  });
});

describe('namesakes: a bare post joins one country only', () => {
  it('does not chain two countries through a post printed without its country', () => {
    const found = people([
      article('a', '以色列国防部长卡尔森表示，行动将继续。'),
      article('b', '国防部长卡尔森说，部队已经撤出。'),
      article('c', '美国国防部长卡尔森表示，预算将增加。'),
    ]).filter((p) => p.label === '卡尔森');
    expect(found.map((p) => p.articles)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('namesakes: national offices', () => {
  it('joins one name in two national offices, not in two deputies’ seats', () => {
    const found = people([
      article('a', '中央政治局常委、国务院总理钱明远主持会议。'),
      article('b', '国家发展改革委主任钱明远介绍了有关情况。'),
      article('c', '全国人大代表孙立平说，村里通了公路。'),
      article('d', '甲乙公司董事长、全国人大代表孙立平表示，订单增加。'),
      article('e', '丙丁大学校长孙立平认为，需求回暖。'),
    ]).filter((p) => p.label === '钱明远' || p.label === '孙立平');
    expect(found.map((p) => p.articles)).toEqual([['c', 'd'], ['e'], ['a', 'b']]);
  });
});
