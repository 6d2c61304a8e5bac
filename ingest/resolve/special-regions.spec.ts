/**
 * Person duplicates on cctv24y's kinds (things23, issue 13; invented articles): a Hong Kong
 * office printed with 特区 and with 特别行政区 is one office's holder; a full dotted foreign name
 * whose posts name a state in one story and none in another is one person.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle as article } from '../../tests/kit/articles.ts';

const keysOf = (articles: ArticleRecord[], label: string) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'person' && a.label === label)
    .sort();

describe('特区 is 特别行政区 cut short', () => {
  it('joins the holder of 特区行政长官 and of 香港特别行政区行政长官', () => {
    const found = keysOf(
      [
        article('a', '香港特别行政区行政长官林国安出席了开幕式。'),
        article('b', '特区行政长官林国安表示，将全力支持这项工作。'),
      ],
      '林国安',
    );
    expect(found).toEqual(['person:林国安']);
  });
});

describe('a full dotted foreign name', () => {
  it('joins a president of a state and the chair of a party that names no state', () => {
    const found = keysOf(
      [
        article('a', '印度尼西亚总统阿米尔·苏坦多表示，两国合作前景广阔。'),
        article('b', '民族团结党总主席阿米尔·苏坦多在雅加达发表讲话。'),
      ],
      '阿米尔·苏坦多',
    );
    expect(found).toEqual(['person:阿米尔·苏坦多']);
  });
  it('still splits one name printed with posts of two states', () => {
    const found = keysOf(
      [
        article('a', '印度尼西亚总统阿米尔·苏坦多表示，两国合作前景广阔。'),
        article('b', '马来西亚外交部长阿米尔·苏坦多在会上讲话。'),
      ],
      '阿米尔·苏坦多',
    );
    expect(found).toEqual(['person:阿米尔·苏坦多', 'person:阿米尔·苏坦多#2']);
  });
});

describe('bodies whose owner is not said (organizations.ts)', () => {
  const orgs = (articles: ArticleRecord[]) =>
    buildGraph(articles)
      .filterNodes((_, a) => a.type === 'organization')
      .map((k) => k.replace('organization:', ''));
  it('gives no organisation for a bare 特区 or a hospital section', () => {
    const found = orgs([
      article('a', '特区行政长官林国安表示，将全力支持这项工作。'),
      article('b', '在东岭医院监护室，急诊科主任王明远介绍了救治情况。'),
    ]);
    expect(found).not.toContain('特区');
    expect(found).not.toContain('急诊科');
  });
});
