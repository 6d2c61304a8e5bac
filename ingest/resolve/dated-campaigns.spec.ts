/** A campaign printed by its kind alone and never in full: named by its date (recall38, issue 13). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const programs = (texts: [string, string | undefined][]) => {
  const g = buildGraph(texts.map(([t, date], i) => ({ ...inventedArticle(`a${i}`, t), date })));
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => g.getNodeAttribute(k, 'label'))
    .sort();
};

describe('dated campaigns', () => {
  it('reads 主题教育 alone in 2024 as the campaign launched in April 2023', () => {
    expect(programs([['各单位要巩固拓展主题教育成果，推动工作落实。', '2024-03-20']])).toEqual([
      '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    ]);
  });
  it('leaves it alone in a year no such campaign ran, or without a date', () => {
    expect(programs([['各单位要巩固拓展主题教育成果，推动工作落实。', '2022-07-07']])).toEqual([
      '主题教育',
    ]);
    expect(programs([['各单位要巩固拓展主题教育成果，推动工作落实。', undefined]])).toEqual([
      '主题教育',
    ]);
  });
  it('still prefers the full name another story of the corpus prints', () => {
    expect(
      programs([
        ['全党开展学习贯彻某某思想主题教育。', '2024-03-19'],
        ['各地要切实抓好主题教育，推动工作。', '2024-03-20'],
      ]),
    ).toEqual(['学习贯彻某某思想主题教育']);
  });
});
