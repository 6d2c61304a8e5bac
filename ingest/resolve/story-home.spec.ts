/** A page at home in a city or a county is at home in its province too (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const posts = (articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'post')
    .sort();

describe('the province of a page that speaks as its city or county', () => {
  it('gives a bare 省委 title the province of the city the page speaks as', () => {
    const page = inventedArticle(
      'a',
      '7月20日，省委书记柯明远到牡丹江市调研。市领导苗青山参加。牡丹江市各部门负责人参加会议。',
    );
    expect(posts([page])).toContain('post:黑龙江省委书记');
  });
  it('does the same for a county’s page (我县), and leaves a story with no home bare', () => {
    const county = inventedArticle(
      'b',
      '2月22日，省政府副秘书长柯明远带队调研我县东西部协作工作。泾川县委书记苗青山陪同。',
    );
    expect(posts([county])).toContain('post:甘肃省政府副秘书长');
    const national = inventedArticle('c', '省政府副秘书长柯明远出席了会议。');
    expect(posts([national])).toEqual(['post:省政府副秘书长']);
  });
});
