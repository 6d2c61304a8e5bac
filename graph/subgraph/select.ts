/**
 * Pure selection kernels over a TupuGraph: induced subgraphs, ego networks, type filters.
 * No I/O, browser-safe. Every result is a new graph with nodes and edges in key order,
 * so the same input always gives the same output.
 */
import { createTupuGraph, type TupuGraph } from '../json/index.ts';
import { isNodeType, NODE_TYPES, type NodeType } from '../schema.ts';

export class SelectionError extends Error {
  constructor(message: string) {
    super(`graph/subgraph: ${message}`);
    this.name = 'SelectionError';
  }
}

/** The subgraph induced by `keys` (every edge whose two ends are kept), in key order. */
export function induced(graph: TupuGraph, keys: Iterable<string>): TupuGraph {
  const keep = new Set<string>();
  for (const k of keys) if (graph.hasNode(k)) keep.add(k);
  const out = createTupuGraph();
  out.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const key of [...keep].sort())
    out.addNode(key, structuredClone(graph.getNodeAttributes(key)));
  const edges: string[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) edges.push(edge);
  });
  for (const edge of edges.sort()) {
    out.addEdgeWithKey(
      edge,
      graph.source(edge),
      graph.target(edge),
      structuredClone(graph.getEdgeAttributes(edge)),
    );
  }
  return out;
}

/** The whole graph, as a copy in key order. */
export function wholeGraph(graph: TupuGraph): TupuGraph {
  return induced(graph, graph.nodes());
}

const normalize = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s·・]/g, '')
    .toLowerCase();

/**
 * Find a node by key, label, alias or pinyin (in that order).
 * Unknown names and ambiguous names throw a SelectionError naming the candidates.
 */
export function resolveNode(graph: TupuGraph, nameOrKey: string): string {
  const query = nameOrKey.trim();
  if (!query) throw new SelectionError('empty node name');
  if (graph.hasNode(query)) return query;
  const wanted = normalize(query);
  const tiers: Array<(key: string) => boolean> = [
    (k) => normalize(graph.getNodeAttribute(k, 'label') ?? '') === wanted,
    (k) => (graph.getNodeAttribute(k, 'aliases') ?? []).some((a) => normalize(a) === wanted),
    (k) => normalize(graph.getNodeAttribute(k, 'pinyin') ?? '') === wanted,
  ];
  for (const matches of tiers) {
    const found = graph.filterNodes((k) => matches(k)).sort();
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const nonArticles = found.filter((k) => graph.getNodeAttribute(k, 'type') !== 'article');
      if (nonArticles.length === 1) return nonArticles[0]!;
      throw new SelectionError(
        `"${query}" is ambiguous: ${found.join(', ')}; pass one of these keys instead`,
      );
    }
  }
  throw new SelectionError(`no node named "${query}"${suggest(graph, wanted)}`);
}

function suggest(graph: TupuGraph, wanted: string): string {
  const close = graph
    .filterNodes((_k, a) => a.type !== 'article' && wanted.length > 0)
    .filter((k) => {
      const label = normalize(graph.getNodeAttribute(k, 'label') ?? '');
      return label.includes(wanted) || (label.length > 1 && wanted.includes(label));
    })
    .sort()
    .slice(0, 5);
  return close.length ? ` (did you mean: ${close.join(', ')}?)` : '';
}

export interface EgoOptions {
  /**
   * Walk through article nodes too. Off by default: every article MENTIONS everything in
   * it, so walking through articles turns a depth-2 ego network into whole articles.
   * Articles stay reachable as sources through each edge's evidence.
   */
  includeArticles?: boolean;
  /**
   * Do not walk on from hubs (a city, 市人大代表: nodes linked to many others): they are
   * kept as leaves, so a park's depth-2 network is the park's, not the city's.
   * `true` uses hubThreshold(graph); a number is the neighbour count from which a node is a hub.
   */
  skipHubs?: boolean | number;
  /** Edges the walk may follow (hidden relation types); all by default. */
  edgeOk?: (edge: string) => boolean;
}

/**
 * The neighbour count (articles not counted) from which a node is a hub: the 99th percentile,
 * at least 12. A percentile rather than a constant, so it scales with the graph.
 */
export function hubThreshold(graph: TupuGraph): number {
  const degrees = graph
    .filterNodes((_k, a) => a.type !== 'article')
    .map((k) => entityDegree(graph, k))
    .sort((a, b) => a - b);
  const p99 = degrees[Math.floor(degrees.length * 0.99)] ?? 0;
  return Math.max(12, p99);
}

/** Distinct neighbours that are not articles. */
export function entityDegree(graph: TupuGraph, key: string): number {
  let n = 0;
  graph.forEachNeighbor(key, (_nb, a) => void (a.type !== 'article' && n++));
  return n;
}

/**
 * Keys within `depth` hops of `center`, edges taken in either direction; articles are not
 * walked through (unless asked) and hubs are not walked on from (when asked). The centre is
 * always walked from, whatever its type. This is the one walk the CLI and explorer share.
 */
export function egoKeys(
  graph: TupuGraph,
  center: string,
  depth: number,
  options: EgoOptions = {},
): Set<string> {
  if (!graph.hasNode(center)) throw new SelectionError(`no node with key "${center}"`);
  if (!Number.isInteger(depth) || depth < 0)
    throw new SelectionError(`depth must be a whole number >= 0, got ${depth}`);
  const skip = (k: string) =>
    !options.includeArticles && graph.getNodeAttribute(k, 'type') === 'article';
  const hubAt =
    options.skipHubs === true
      ? hubThreshold(graph)
      : typeof options.skipHubs === 'number'
        ? options.skipHubs
        : Infinity;
  const isHub = (k: string) => hubAt !== Infinity && entityDegree(graph, k) >= hubAt;
  const edgeOk = options.edgeOk ?? (() => true);
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const nb = source === node ? target : source;
        if (seen.has(nb) || skip(nb) || !edgeOk(edge)) return;
        seen.add(nb);
        if (!isHub(nb)) next.push(nb);
      });
    }
    frontier = next;
  }
  return seen;
}

/** Nodes within `depth` hops of `center` (see egoKeys), as a graph. */
export function egoNetwork(
  graph: TupuGraph,
  center: string,
  depth: number,
  options: EgoOptions = {},
): TupuGraph {
  return induced(graph, egoKeys(graph, center, depth, options));
}

/**
 * Type filter AFTER the walk ("2 hops around a park, only people and posts" reaches the
 * people through the park's organisations); the focus node is always kept.
 */
export function keepTypes(
  graph: TupuGraph,
  keys: Iterable<string>,
  types: readonly string[],
  focus?: string,
): Set<string> {
  const wanted = new Set(types);
  const out = new Set<string>();
  for (const k of keys)
    if (k === focus || wanted.has(graph.getNodeAttribute(k, 'type'))) out.add(k);
  return out;
}

/** Parse "person,post" into node types; unknown types throw, naming the valid ones. */
export function parseTypes(list: string | string[]): NodeType[] {
  const items = (Array.isArray(list) ? list : list.split(/[,，\s]+/))
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((t) => !isNodeType(t));
  if (bad.length)
    throw new SelectionError(`unknown type(s) ${bad.join(', ')}; known: ${NODE_TYPES.join(', ')}`);
  if (!items.length) throw new SelectionError('empty type list');
  return [...new Set(items)] as NodeType[];
}

/** Keep only nodes of the given types (and the edges between them). */
export function filterTypes(graph: TupuGraph, types: readonly NodeType[]): TupuGraph {
  const wanted = new Set<string>(types);
  return induced(
    graph,
    graph.filterNodes((_k, a) => wanted.has(a.type)),
  );
}

export function assertNotEmpty(graph: TupuGraph, what: string): TupuGraph {
  if (graph.order === 0) throw new SelectionError(`${what} selects nothing (0 nodes)`);
  return graph;
}
