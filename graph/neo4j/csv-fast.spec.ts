import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../schema.ts';
import { syntheticGraph } from '../../tests/kit/news-graph.ts';
import { columns, markEmptyLists, storedEdgeProps, storedNodeProps } from './bulk-csv.ts';
import { ARRAY_DELIMITER, fastEdgeColumns, fastNodeColumns } from './csv-fast.ts';
import { edgeRow, nodeRow } from './props.ts';

/** The general path's columns: the MERGE rows, the stored map, then the columns. */
const generalNode = (attrs: Record<string, unknown>) =>
  columns(markEmptyLists(storedNodeProps(nodeRow('k', attrs as unknown as NodeAttributes))));
const generalEdge = (attrs: Record<string, unknown>) =>
  columns(markEmptyLists(storedEdgeProps(edgeRow('k', 's', 't', attrs as EdgeAttributes))));

/** The fast path writes what the general one writes, or leaves the element to it. */
function expectSameOrGeneral(
  fast: ReturnType<typeof fastNodeColumns>,
  general: ReturnType<typeof fastNodeColumns>,
  props: Record<string, unknown>,
) {
  if (fast === undefined) return;
  expect(general, JSON.stringify(props)).toBeDefined();
  expect(fast, JSON.stringify(props)).toEqual(general);
}

describe('graph/neo4j/csv-fast', () => {
  it('writes every element of a news-shaped graph as the general path does', () => {
    const g = syntheticGraph({ blocks: 2, seed: 7 });
    const fast: unknown[] = [];
    const general: unknown[] = [];
    g.forEachNode((_, attrs) => {
      fast.push(fastNodeColumns(attrs));
      general.push(generalNode(attrs));
    });
    g.forEachEdge((_, attrs) => {
      fast.push(fastEdgeColumns(attrs));
      general.push(generalEdge(attrs));
    });
    expect(fast.filter((f) => f === undefined)).toEqual([]);
    expect(fast).toEqual(general);
  });

  const nodes: Record<string, unknown>[] = [
    { type: 'person', label: '张某某', aliases: ['张某'], articles: ['a1', 'a2'], mentions: 3 },
    { type: 'person', label: '李某', mentions: 1.5, former: true, rank: -0, big: 2 ** 53 },
    { type: 'article', label: '标题"引号",逗号', text: '第一行\n第二行', chars: 1200 },
    { type: 'person', label: '王某', aliases: [] },
    { type: 'person', label: '赵某', aliases: [`赵${ARRAY_DELIMITER}某`] },
    { type: 'person', label: '钱某', scores: [1, 2], flags: [true] },
    { type: 'person', label: '孙某', key: 'x', tupuJson: '{}', 名字: '周某' },
    { type: 'person', label: '吴某', mentions: Number.NaN, extra: null, meta: { a: 1 } },
    { type: 'person', label: '郑某', mixed: ['甲', 1], skipped: undefined },
  ];
  it.each(nodes)('a node the general path writes differently is left to it: %j', (attrs) => {
    expectSameOrGeneral(fastNodeColumns(attrs), generalNode(attrs), attrs);
  });

  const ev = (sentence: string, more: Record<string, unknown> = {}) => ({
    article: 'article:甲',
    sentence,
    ...more,
  });
  const edges: Record<string, unknown>[] = [
    { type: 'MENTIONS', count: 2, evidence: [ev('甲说。'), ev('乙说。')] },
    {
      type: 'HOLDS',
      former: false,
      asOf: '2024-01-01',
      evidence: [ev('任书记。', { offset: 12 })],
    },
    { type: 'WROTE', role: '记者', evidence: [] },
    { type: 'WROTE', evidence: [ev(`含${ARRAY_DELIMITER}分隔符`)] },
    { type: 'WROTE', evidence: [ev('换\n行')] },
    { type: 'WROTE', evidence: [{ article: 1, sentence: '数字' }] },
    { type: 'WROTE', evidence: 'not a list' },
    { type: 'WROTE', evidence: [ev('甲。')], weights: [0.5], evidenceArticles: ['x'] },
    { type: 'WROTE', evidence: [ev('甲。')], key: 'k2', 'bad-name': 1 },
    { type: 'WROTE', evidence: [ev('甲。')], share: 0.25, total: -3 },
  ];
  it.each(edges)('an edge the general path writes differently is left to it: %j', (attrs) => {
    expectSameOrGeneral(fastEdgeColumns(attrs), generalEdge(attrs), attrs);
  });

  it('takes the common shapes and leaves the rest', () => {
    expect(nodes.map((n) => fastNodeColumns(n) !== undefined)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(edges.map((e) => fastEdgeColumns(e) !== undefined)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
