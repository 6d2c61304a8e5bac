/** Filters: node type, edge type, article, ego focus with expand/collapse -> what is visible. */
import type { TupuGraph } from '../../../../graph/json/index.ts';
import { egoKeys } from '../../../../graph/subgraph/select.ts';
import { collapseScope, expandScope } from '../selection/index.ts';
import type { ViewState } from '../state.ts';
import type { Visibility } from './types.ts';
import { articleFilter, hasActiveFilters } from './utils.ts';
import { dateRangeFilter } from './dates.ts';

export type { Visibility } from './types.ts';
export { articleDateBounds, dateRangeFilter, edgeDates, type DateRange } from './dates.ts';
export { articleOptions, edgeTypesPresent, hasActiveFilters, type ArticleOption } from './utils.ts';

export interface FilterPredicates {
  nodeOk: (key: string) => boolean;
  /** Edge type shown and both ends pass nodeOk. */
  edgeOk: (key: string) => boolean;
  /** Edge type shown (the ego walk follows these; node filters come after the walk). */
  edgeTypeOk: (key: string) => boolean;
}

/** Type and article filters as predicates (no focus): the graph paths and Louvain run on. */
export function filterPredicates(graph: TupuGraph, state: ViewState): FilterPredicates {
  const hiddenNodeTypes = new Set<string>(state.hiddenNodeTypes);
  const hiddenEdgeTypes = new Set<string>(state.hiddenEdgeTypes);
  const hiddenNodes = new Set(state.hiddenNodes);
  const inArticles = articleFilter(graph, state.articles);
  const dates = dateRangeFilter(graph, {
    from: state.dateFrom,
    to: state.dateTo,
    keepUndated: state.keepUndated,
  });
  const nodeOk = (key: string) =>
    !hiddenNodeTypes.has(graph.getNodeAttribute(key, 'type')) &&
    !hiddenNodes.has(key) &&
    inArticles(key) &&
    (!dates || dates.nodeOk(key));
  // The date range acts on edges like a type filter: walks and paths do not follow them.
  const edgeTypeOk = (key: string) =>
    !hiddenEdgeTypes.has(graph.getEdgeAttribute(key, 'type')) && (!dates || dates.edgeOk(key));
  const edgeOk = (key: string) =>
    edgeTypeOk(key) && nodeOk(graph.source(key)) && nodeOk(graph.target(key));
  return { nodeOk, edgeOk, edgeTypeOk };
}

/**
 * Scope of the focus: the ego walk shared with `tupu export` (graph/subgraph: articles not
 * walked through, hubs optionally not walked on), plus expanded neighbourhoods; THEN the type
 * and article filters, the focus always kept; minus collapsed leaves.
 */
export function focusScope(graph: TupuGraph, state: ViewState, p: FilterPredicates): Set<string> {
  let scope: Set<string>;
  if (state.focus && graph.hasNode(state.focus)) {
    const walked = egoKeys(graph, state.focus, state.depth, {
      skipHubs: state.skipHubs,
      edgeOk: p.edgeTypeOk,
    });
    expandScope(graph, walked, state.expanded, undefined, p.edgeTypeOk);
    const anchors = new Set([state.focus, ...state.expanded]);
    scope = new Set([...walked].filter((k) => anchors.has(k) || p.nodeOk(k)));
  } else {
    scope = new Set(graph.filterNodes((key) => p.nodeOk(key)));
  }
  const anchors = new Set([
    ...(state.focus ? [state.focus] : []),
    ...state.expanded,
    ...state.collapsed,
  ]);
  collapseScope(graph, scope, state.collapsed, anchors, p.edgeOk);
  return scope;
}

export function computeVisibility(
  graph: TupuGraph,
  state: ViewState,
  pathNodes: readonly string[] = [],
): Visibility {
  if (!hasActiveFilters(state)) return { nodes: null, edges: null };
  const predicates = filterPredicates(graph, state);
  const nodes = focusScope(graph, state, predicates);
  for (const n of pathNodes) if (graph.hasNode(n)) nodes.add(n);
  const edges = new Set<string>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && predicates.edgeTypeOk(edge)) edges.add(edge);
  });
  return { nodes, edges };
}

export const isNodeVisible = (v: Visibility, key: string) => v.nodes === null || v.nodes.has(key);
export const isEdgeVisible = (v: Visibility, key: string) => v.edges === null || v.edges.has(key);

/** Visible node count per type (legend counts). */
export function visibleTypeCounts(graph: TupuGraph, v: Visibility): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    if (isNodeVisible(v, key)) counts.set(attrs.type, (counts.get(attrs.type) ?? 0) + 1);
  });
  return counts;
}
