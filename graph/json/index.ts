/**
 * graphology JSON in and out: the embedded default store. Pure (no fs), so the
 * explorer can use it in the browser; see ./file.ts for disk access.
 */
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedTupuGraph } from '../schema.ts';
import { GraphShapeError, validateEdges, validateSerializedGraph } from '../validate.ts';

export type TupuGraph = Graph<NodeAttributes, EdgeAttributes, Record<string, unknown>>;

export function createTupuGraph(): TupuGraph {
  return new Graph<NodeAttributes, EdgeAttributes, Record<string, unknown>>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
  });
}

export class GraphFormatError extends Error {
  constructor(readonly detail: string) {
    super(`graph/json: ${detail}`);
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

/** Throws a GraphFormatError naming the first serialized edge with a wrong type, end or field. */
export function checkEdges(
  edges: readonly unknown[],
): asserts edges is SerializedTupuGraph['edges'] {
  shaped(() => validateEdges(edges));
}

/** Runs a graph/validate check, its GraphShapeError as a GraphFormatError (one prefix). */
function shaped(check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof GraphShapeError) throw new GraphFormatError(e.message);
    throw e;
  }
}

/** Validate against the schema (graph/validate.ts), then build the graph: nothing half-imported. */
export function importGraph(data: unknown): TupuGraph {
  shaped(() => validateSerializedGraph(data));
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
