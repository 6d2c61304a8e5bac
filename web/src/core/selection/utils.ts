import Graph from 'graphology';
import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { EdgePredicate, NodePredicate } from './types.ts';

/** Allowed neighbours of a node, through allowed edges, in either direction. */
export function allowedNeighbors(
  graph: TupuGraph,
  node: string,
  nodeOk: NodePredicate,
  edgeOk: EdgePredicate,
): string[] {
  const out = new Set<string>();
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (!edgeOk(edge)) return;
    const other = source === node ? target : source;
    if (nodeOk(other)) out.add(other);
  });
  return [...out];
}

/** Simple undirected projection of the allowed part of the graph (for paths, Louvain). */
export function undirectedProjection(
  graph: TupuGraph,
  nodeOk: NodePredicate,
  edgeOk: EdgePredicate,
): Graph {
  const projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => {
    if (nodeOk(node)) projection.addNode(node);
  });
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target || !edgeOk(edge)) return;
    if (!projection.hasNode(source) || !projection.hasNode(target)) return;
    const [key] = projection.mergeEdge(source, target);
    projection.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  });
  return projection;
}

/** Data edges between two nodes, both directions, that pass the predicate. */
export function edgesBetween(
  graph: TupuGraph,
  a: string,
  b: string,
  edgeOk: EdgePredicate,
): string[] {
  return [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])].filter(edgeOk);
}
