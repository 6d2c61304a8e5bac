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
