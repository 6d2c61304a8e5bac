/**
 * Cypher results merged into the explorer's data graph: nodes and edges it lacks are added,
 * those it has take the incoming attributes. Kept apart from explorer.ts because it touches the
 * data graph alone; the explorer remounts the render graph when something was added.
 */
import type { TupuGraph } from '../../../graph/json/index.ts';

/** Merge `incoming` into `data`; how many nodes and edges were new. */
export function mergeInto(data: TupuGraph, incoming: TupuGraph): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  incoming.forEachNode((key, attrs) => {
    if (!data.hasNode(key)) nodes++;
    data.mergeNode(key, attrs);
  });
  incoming.forEachEdge((key, attrs, source, target) => {
    if (data.hasEdge(key)) data.mergeEdgeAttributes(key, attrs);
    else {
      data.addEdgeWithKey(key, source, target, attrs);
      edges++;
    }
  });
  return { nodes, edges };
}
