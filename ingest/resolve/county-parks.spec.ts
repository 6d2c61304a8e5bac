/**
 * A county's park printed with the county's name, its short name and its level word alone in one
 * page is one park, named with the county (county-parks.ts, issue 13). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { inventedArticle, nodeLabels } from '../../tests/kit/articles.ts';

const parks = (text: string) => nodeLabels([inventedArticle('a', text)], 'park');

describe('a county’s park printed three ways', () => {
  it('is one park named with its county', () => {
    expect(
      parks(
        '遂平县召开项目建设推进会。县委书记王建平到县产业集聚区调研，要求遂平产业集聚区加快建设。',
      ),
    ).toEqual(['遂平县产业集聚区']);
    expect(parks('嘉祥县经济开发区举行项目签约仪式。我县经济开发区今年已签约项目10个。')).toEqual([
      '嘉祥县经济开发区',
    ]);
  });
  it('stays as printed where the story names two counties of the level', () => {
    expect(parks('遂平县和泌阳县召开会议。县产业集聚区今年新引进项目12个。')).toEqual([
      '县产业集聚区',
    ]);
  });
});
