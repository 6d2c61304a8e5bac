/** One node per foreign body whether or not its country is printed (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const nodes = (type: string, articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === type)
    .sort();

describe('bodies printed with and without their country', () => {
  it('reads a bare foreign body as the one printed with its country, with its posts', () => {
    const articles = [
      inventedArticle('a', '伊朗东岭革命卫队总司令卡迪尔表示，将加强戒备。'),
      inventedArticle('b', '东岭革命卫队总司令卡迪尔说，演习顺利。'),
    ];
    expect(nodes('organization', articles)).toEqual(['organization:伊朗东岭革命卫队']);
    expect(nodes('post', articles)).toEqual(['post:伊朗东岭革命卫队总司令']);
  });
  it('keeps a name every state has, and a bare armed forces, apart', () => {
    const articles = [
      inventedArticle('a', '伊朗外交部发言人贝赫鲁兹表示，谈判继续。'),
      inventedArticle('b', '外交部发言人丁戊己说，中方欢迎。'),
    ];
    expect(nodes('organization', articles)).toEqual([
      'organization:伊朗外交部',
      'organization:外交部',
    ]);
    expect(nodes('organization', [inventedArticle('c', '武装部队总司令卡迪尔表示。')])).toEqual([]);
  });
});
