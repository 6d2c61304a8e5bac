/** Programs across articles, junk20 (issue 13): a bilateral name shortened to its parties (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const programs = (texts: string[]) => {
  const g = buildGraph(texts.map((t, i) => inventedArticle(`a${i}`, t)));
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => g.getNodeAttribute(k, 'label'))
    .sort();
};

describe('programs across articles, junk20', () => {
  it('merges a bilateral plan named by its parties’ first characters with its full name', () => {
    expect(
      programs([
        '双方签署《中华人民共和国和东岭共和国全面合作规划纲要》。',
        '双方落实《中东全面合作规划纲要》取得进展。',
      ]),
    ).toEqual(['中华人民共和国和东岭共和国全面合作规划纲要']);
  });
});
