/** Programs across articles, programs21 (issue 13): a campaign named by its kind alone (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const programs = (texts: string[]) => {
  const g = buildGraph(texts.map((t, i) => inventedArticle(`a${i}`, t)));
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => `${g.getNodeAttribute(k, 'label')} ${g.getNodeAttribute(k, 'articles')?.length}`)
    .sort();
};

describe('programs across articles, programs21', () => {
  it('reads 主题教育 alone as the one campaign of that kind another article names in full', () => {
    expect(
      programs(['全党开展学习贯彻某某思想主题教育。', '各地要切实抓好主题教育，推动工作。']),
    ).toEqual(['学习贯彻某某思想主题教育 2']);
  });
});
