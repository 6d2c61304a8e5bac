/**
 * Namesakes on cctv22x's kinds (orgpost20, issue 13; invented articles): a cadre moved from one
 * province's lead to another's stays one person; two people of one name in firms still split.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle as article } from '../../tests/kit/articles.ts';

const keysOf = (articles: ArticleRecord[], label: string) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'person' && a.label === label)
    .sort();

describe('leading offices of two provinces', () => {
  it('joins a provincial party secretary moved to another province', () => {
    const found = keysOf(
      [
        article('a', '浙江省委书记孙立新主持召开省委常委会议。'),
        article('b', '重庆市委书记孙立新在会上讲话。'),
      ],
      '孙立新',
    );
    expect(found).toEqual(['person:孙立新']);
  });
  it('still splits a firm manager from a provincial secretary of the same name', () => {
    const found = keysOf(
      [
        article('a', '某某机械公司总经理孙立新介绍了新产品。'),
        article('b', '重庆市委书记孙立新在会上讲话。'),
      ],
      '孙立新',
    );
    expect(found).toEqual(['person:孙立新', 'person:孙立新#2']);
  });
});

describe("a country's bare 总书记", () => {
  it("is the ruling party's office the corpus prints for that country", () => {
    const g = buildGraph([
      article('a', '老挝人民革命党中央总书记、国家主席宋沙瓦表示，两国友谊牢不可破。'),
      article('b', '中共中央总书记、国家主席孙立新同老挝总书记宋沙瓦举行会谈。'),
      article('c', '国家主席孙立新昨天同宋沙瓦总书记、国家主席通电话。'),
    ]);
    const posts = g.filterNodes((_, a) => a.type === 'post').sort();
    expect(posts).not.toContain('post:老挝总书记');
  });
});
