export type NodePredicate = (key: string) => boolean;
export type EdgePredicate = (key: string) => boolean;

/** A shortest path: nodes in order, and every allowed edge between consecutive nodes. */
export interface GraphPath {
  nodes: string[];
  /** edges[i] links nodes[i] and nodes[i + 1] (either direction; parallel edges kept). */
  hops: string[][];
}
