/** Selection logic: expand/collapse, shortest paths (the ego walk is graph/subgraph's egoKeys). */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { EdgePredicate, GraphPath, NodePredicate } from './types.ts';
import { allowedNeighbors, edgesBetween, undirectedProjection } from './utils.ts';

export type { EdgePredicate, GraphPath, NodePredicate } from './types.ts';
export { allowedNeighbors, undirectedProjection } from './utils.ts';

const always = () => true;

/** Add the allowed neighbours of each expanded node to the scope. */
export function expandScope(
  graph: TupuGraph,
  scope: Set<string>,
  expanded: readonly string[],
  nodeOk: NodePredicate = always,
  edgeOk: EdgePredicate = always,
): void {
  for (const node of expanded) {
    if (!graph.hasNode(node)) continue;
    scope.add(node);
    for (const other of allowedNeighbors(graph, node, nodeOk, edgeOk)) scope.add(other);
  }
}

/**
 * Collapse: hide the neighbours of each collapsed node that hang only on it inside the scope.
 * Anchors (focus, expanded, collapsed themselves) are never hidden.
 */
export function collapseScope(
  graph: TupuGraph,
  scope: Set<string>,
  collapsed: readonly string[],
  anchors: ReadonlySet<string>,
  edgeOk: EdgePredicate = always,
): void {
  const inScope = (k: string) => scope.has(k);
  for (const node of collapsed) {
    if (!scope.has(node)) continue;
    for (const other of allowedNeighbors(graph, node, inScope, edgeOk)) {
      if (anchors.has(other)) continue;
      const rest = allowedNeighbors(graph, other, inScope, edgeOk).filter((n) => n !== node);
      if (rest.length === 0) scope.delete(other);
    }
  }
}

/** Shortest path ignoring edge direction, through allowed nodes and edges only. */
export function shortestPath(
  graph: TupuGraph,
  from: string,
  to: string,
  nodeOk: NodePredicate = always,
  edgeOk: EdgePredicate = always,
): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to) || !nodeOk(from) || !nodeOk(to)) return null;
  if (from === to) return { nodes: [from], hops: [] };
  const projection = undirectedProjection(graph, nodeOk, edgeOk);
  const nodes = bidirectional(projection, from, to);
  if (!nodes) return null;
  const hops = nodes.slice(1).map((node, i) => edgesBetween(graph, nodes[i]!, node, edgeOk));
  return { nodes, hops };
}
