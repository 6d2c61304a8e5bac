/**
 * graphology JSON in and out: the embedded default store. Pure (no fs), so the
 * explorer can use it in the browser; see ./file.ts for disk access.
 */
import Graph from 'graphology';
import {
  isEdgeType,
  isNodeType,
  type EdgeAttributes,
  type NodeAttributes,
  type SerializedTupuGraph,
} from '../schema.ts';

export type TupuGraph = Graph<NodeAttributes, EdgeAttributes, Record<string, unknown>>;

export function createTupuGraph(): TupuGraph {
  return new Graph<NodeAttributes, EdgeAttributes, Record<string, unknown>>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
  });
}

export class GraphFormatError extends Error {
  constructor(message: string) {
    super(`graph/json: ${message}`);
    this.name = 'GraphFormatError';
  }
}

/** Parse and validate a graphology JSON export of a tupu graph. */
export function parseGraphJson(text: string): TupuGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphFormatError(`not JSON (${(e as Error).message})`);
  }
  return importGraph(data);
}

/** Throws a GraphFormatError naming the first serialized edge without a valid type. */
export function checkEdges(
  edges: readonly unknown[],
): asserts edges is SerializedTupuGraph['edges'] {
  edges.forEach((e, i) => {
    const attrs = (e as { attributes?: Partial<EdgeAttributes> })?.attributes;
    if (!attrs || !isEdgeType(attrs.type))
      throw new GraphFormatError(`edge #${i} has no valid "type"`);
  });
}

export function importGraph(data: unknown): TupuGraph {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new GraphFormatError('not a graphology export: expected an object with a "nodes" array');
  }
  const { nodes, edges = [] } = data as { nodes: unknown[]; edges?: unknown[] };
  if (!Array.isArray(edges)) throw new GraphFormatError('"edges" must be an array');
  nodes.forEach((n, i) => {
    const attrs = (n as { attributes?: Partial<NodeAttributes> })?.attributes;
    if (typeof (n as { key?: unknown })?.key !== 'string')
      throw new GraphFormatError(`node #${i} has no string "key"`);
    if (!attrs || !isNodeType(attrs.type))
      throw new GraphFormatError(`node "${(n as { key: string }).key}" has no valid "type"`);
  });
  checkEdges(edges);
  const graph = createTupuGraph();
  try {
    graph.import(data as SerializedTupuGraph);
  } catch (e) {
    throw new GraphFormatError((e as Error).message);
  }
  return graph;
}

const byKey = (a: { key: string }, b: { key: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Deterministic export: nodes and edges sorted by key, attribute keys sorted. */
export function exportGraph(graph: TupuGraph): SerializedTupuGraph {
  const nodes = graph
    .mapNodes((key, attributes) => ({ key, attributes: sortKeys(attributes) }))
    .sort(byKey);
  const edges = graph
    .mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes: sortKeys(attributes),
    }))
    .sort(byKey);
  return {
    attributes: sortKeys(graph.getAttributes()),
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

export function stringifyGraph(graph: TupuGraph): string {
  return JSON.stringify(exportGraph(graph), null, 1) + '\n';
}

function sortKeys<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) {
    const v = (obj as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}
