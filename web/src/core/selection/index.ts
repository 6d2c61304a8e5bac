/** Expand/collapse (the ego walk and paths are graph/subgraph's egoKeys and kShortestPaths). */
import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { EdgePredicate, GraphPath, NodePredicate } from './types.ts';
import { allowedNeighbors } from './utils.ts';

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
