/**
 * Appearance: the one conversion from the data graph (tupu model) to the render graph
 * (what sigma draws), plus sizes (degree / PageRank) and colours (type / Louvain).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { SizeMode } from '../state.ts';
import { undirectedProjection } from '../selection/index.ts';
import type {
  Position,
  RenderEdgeAttributes,
  RenderGraph,
  RenderNodeAttributes,
  RenderOptions,
} from './types.ts';
import {
  communityColor,
  EDGE_COLORS,
  scaleSizes,
  seededPosition,
  sizeRange,
  TYPE_COLORS,
} from './utils.ts';

export type * from './types.ts';
export * from './utils.ts';

/** Above this many edges, edges are drawn as plain lines (no arrow heads). */
export const ARROW_EDGE_LIMIT = 20_000;

export function toRenderGraph(data: TupuGraph, options: RenderOptions = {}): RenderGraph {
  const render: RenderGraph = new Graph<RenderNodeAttributes, RenderEdgeAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  const [minSize] = sizeRange(data.order);
  data.forEachNode((key, attrs) => {
    const position =
      options.positions?.get(key) ??
      dataPosition(attrs) ??
      neighbourPosition(data, key, options) ??
      seededPosition(key);
    const community = options.communities?.get(key);
    const typeColor = TYPE_COLORS[attrs.type] ?? '#666';
    render.addNode(key, {
      x: position.x,
      y: position.y,
      size: options.sizes?.get(key) ?? minSize,
      label: displayLabel(attrs.label ?? key, attrs.type),
      pinyin: typeof attrs.pinyin === 'string' ? attrs.pinyin : '',
      nodeType: attrs.type,
      typeColor,
      communityColor: community === undefined ? undefined : communityColor(community),
      color: typeColor,
    });
  });
  if (options.withEdges !== false) addRenderEdges(data, render);
  return render;
}

/** The edge half of the conversion (separate so that big graphs can draw their nodes first). */
export function addRenderEdges(data: TupuGraph, render: RenderGraph): void {
  const big = data.size > ARROW_EDGE_LIMIT;
  data.forEachEdge((key, attrs, source, target) => {
    render.addEdgeWithKey(key, source, target, {
      edgeType: attrs.type,
      color: EDGE_COLORS[attrs.type] ?? '#ccc',
      size: big ? 0.5 : 1,
      type: big ? 'thin' : 'arrow',
    });
  });
}

/** A graph file may carry positions (x, y on nodes, as a laid-out graph or GEXF import would). */
export function dataPosition(attrs: Record<string, unknown>): Position | undefined {
  return typeof attrs.x === 'number' &&
    typeof attrs.y === 'number' &&
    Number.isFinite(attrs.x) &&
    Number.isFinite(attrs.y)
    ? { x: attrs.x, y: attrs.y }
    : undefined;
}

/** Canvas label: article titles clipped (the panel shows them whole). */
export function displayLabel(label: string, type: string, max = 16): string {
  return type === 'article' && label.length > max ? `${label.slice(0, max)}…` : label;
}

/** A new node (merged from Cypher, a loaded file) starts next to a placed neighbour. */
function neighbourPosition(data: TupuGraph, key: string, options: RenderOptions) {
  if (!options.positions?.size) return undefined;
  for (const n of data.neighbors(key)) {
    const p = options.positions.get(n);
    if (p) {
      const jitter = seededPosition(key);
      return { x: p.x + jitter.x / 20, y: p.y + jitter.y / 20 };
    }
  }
  return undefined;
}

export function rawSizeValues(data: TupuGraph, mode: SizeMode): Map<string, number> {
  if (mode === 'pagerank') {
    const ranks = pagerank(data, { getEdgeWeight: null });
    return new Map(Object.entries(ranks));
  }
  return new Map(data.mapNodes((key) => [key, data.degree(key)] as [string, number]));
}

export function computeNodeSizes(data: TupuGraph, mode: SizeMode): Map<string, number> {
  const [min, max] = sizeRange(data.order);
  return scaleSizes(rawSizeValues(data, mode), min, max);
}

export function applySizes(render: RenderGraph, sizes: ReadonlyMap<string, number>): void {
  render.updateEachNodeAttributes(
    (key, attrs) => ({ ...attrs, size: sizes.get(key) ?? attrs.size }),
    {
      attributes: ['size'],
    },
  );
}

/** Louvain communities on the undirected projection of the allowed graph (seeded: stable colours). */
export function detectCommunities(
  data: TupuGraph,
  nodeOk: (k: string) => boolean = () => true,
  edgeOk: (k: string) => boolean = () => true,
): Map<string, number> {
  const projection = undirectedProjection(data, nodeOk, edgeOk);
  let seed = 42;
  const rng = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const mapping = louvain(projection, { getEdgeWeight: 'weight', rng });
  return new Map(Object.entries(mapping));
}

export function applyCommunities(
  render: RenderGraph,
  communities: ReadonlyMap<string, number>,
): void {
  render.updateEachNodeAttributes((key, attrs) => {
    const c = communities.get(key);
    return { ...attrs, communityColor: c === undefined ? undefined : communityColor(c) };
  });
}

/** Legend rows: every node type present, with its colour and count. */
export function legendRows(data: TupuGraph): Array<{ type: string; color: string; count: number }> {
  const counts = new Map<string, number>();
  data.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return Object.entries(TYPE_COLORS)
    .filter(([type]) => counts.has(type))
    .map(([type, color]) => ({ type, color, count: counts.get(type)! }));
}

/** Legend rows in community colouring: the biggest communities, named by their best-connected member. */
export function communityRows(
  data: TupuGraph,
  communities: ReadonlyMap<string, number>,
  top = 8,
): Array<{ community: number; color: string; count: number; label: string }> {
  const groups = new Map<number, { count: number; best: string; degree: number }>();
  for (const [key, c] of communities) {
    if (data.getNodeAttribute(key, 'type') === 'article') continue;
    const g = groups.get(c) ?? { count: 0, best: key, degree: -1 };
    const degree = data.degree(key);
    g.count++;
    if (degree > g.degree || (degree === g.degree && key < g.best)) {
      g.best = key;
      g.degree = degree;
    }
    groups.set(c, g);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0] - b[0])
    .slice(0, top)
    .map(([community, g]) => ({
      community,
      color: communityColor(community),
      count: g.count,
      label: String(data.getNodeAttribute(g.best, 'label') ?? g.best),
    }));
}
