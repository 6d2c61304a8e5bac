/**
 * Loading the graph file: the download started early by index.html, JSON decoding, and for big
 * files a split import (nodes before the first frame, edges right after it).
 */
import { GraphFormatError, importGraph, type TupuGraph } from '../../../graph/json/index.ts';
import { isEdgeType, type SerializedTupuGraph } from '../../../graph/schema.ts';
import type { Explorer } from './explorer.ts';
import { timed } from './metrics.ts';

/** Validate and add serialized edges (as graph/json's importGraph does for a whole file). */
export function importEdges(data: TupuGraph, edges: readonly unknown[]): void {
  edges.forEach((e, i) => {
    if (!isEdgeType((e as { attributes?: { type?: unknown } })?.attributes?.type))
      throw new GraphFormatError(`edge #${i} has no valid "type"`);
  });
  data.import({ edges: edges as SerializedTupuGraph['edges'] });
}

/** Graphs with more edges than this draw their nodes first, edges right after. */
export const PROGRESSIVE_EDGES = 20_000;

/** The graph download, started by index.html before the modules load (or started here). */
function graphResponse(url: string): Promise<Response> {
  const early = window.__tupuGraphFetch;
  return early && early.url === url ? early.response : fetch(url);
}

/**
 * Download and parse (res.json() decodes straight from bytes). Files with many edges get their
 * nodes imported now and their edges after the first frame (Explorer.attachEdges).
 */
export async function fetchGraph(
  explorer: Explorer,
  url: string,
): Promise<{ graph: TupuGraph; pendingEdges: unknown[] }> {
  const t0 = performance.now();
  const res = await graphResponse(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  let data: unknown;
  try {
    data = await res.json();
  } catch (e) {
    throw new GraphFormatError(`not JSON (${(e as Error).message})`);
  }
  explorer.metrics.phases.fetch = performance.now() - t0;
  const edges = (data as { edges?: unknown } | null)?.edges;
  const defer = Array.isArray(edges) && edges.length > PROGRESSIVE_EDGES;
  const graph = timed(explorer.metrics, 'parse', () =>
    importGraph(defer ? { ...(data as object), edges: [] } : data),
  );
  return { graph, pendingEdges: defer ? (edges as unknown[]) : [] };
}
