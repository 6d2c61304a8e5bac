/** One body whether its area is printed in full or by its short form (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const nodes = (type: string, articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === type)
    .sort();

describe('bodies printed after an area’s full name and after its short form', () => {
  it('reads the short form as the full one printed elsewhere, with its posts', () => {
    const articles = [
      inventedArticle('a', '2月2日，天津市商务局局长柯明远带队到我县调研。'),
      inventedArticle('b', '5月6日，天津商务局局长柯明远一行来到产业园。'),
    ];
    expect(nodes('organization', articles)).toEqual(['organization:天津市商务局']);
    expect(nodes('post', articles)).toEqual(['post:天津市商务局局长']);
  });
  it('makes no full name up where only the short form is printed', () => {
    const articles = [inventedArticle('b', '5月6日，天津商务局局长柯明远一行来到产业园。')];
    expect(nodes('organization', articles)).toEqual(['organization:天津商务局']);
  });
});
