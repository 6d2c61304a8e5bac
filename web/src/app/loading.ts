/**
 * Loading the graph file: the download started early by index.html, read as it arrives. A big
 * file's nodes (the head, before the top-level "edges" key) are shown while its edges still
 * download; a small file is parsed whole. Edges of big graphs join after the first frame.
 */
import {
  checkEdges,
  GraphFormatError,
  importGraph,
  type TupuGraph,
} from '../../../graph/json/index.ts';
import type { SerializedTupuGraph } from '../../../graph/schema.ts';
import { GraphTextReader } from '../core/loading/index.ts';
import { timed, type Metrics } from './metrics.ts';

/** Check serialized edges as graph/json's importGraph does for a whole file. */
export function validateEdges(edges: readonly unknown[]): SerializedTupuGraph['edges'] {
  checkEdges(edges);
  return edges;
}

/** Resolves once the page has drawn a frame (so that a status shown before a long task is seen). */
export const afterNextFrame = () =>
  new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Edges added to the data graph per task, so that the page answers input in between. */
export const EDGE_SLICE = 20_000;

/** Add validated edges slice by slice, yielding to the page between slices; false if cancelled. */
export async function importEdgesInSlices(
  data: TupuGraph,
  edges: SerializedTupuGraph['edges'],
  progress: (done: number) => boolean,
): Promise<boolean> {
  for (let i = 0; i < edges.length; i += EDGE_SLICE) {
    data.import({ edges: edges.slice(i, i + EDGE_SLICE) });
    await new Promise((r) => setTimeout(r, 0));
    if (!progress(Math.min(edges.length, i + EDGE_SLICE))) return false;
  }
  return true;
}

/** Graphs with more edges than this draw their nodes first, edges right after. */
export const PROGRESSIVE_EDGES = 20_000;
/** Files with more bytes of edges than this show their nodes before the edges have downloaded. */
export const PROGRESSIVE_BYTES = 4_000_000;

/** Edges for after the first frame: parsed already, or still downloading. */
export type PendingEdges = readonly unknown[] | Promise<readonly unknown[]>;

export interface LoadedGraph {
  graph: TupuGraph;
  pendingEdges: PendingEdges;
}

/** The graph download, started by index.html before the modules load (or started here). */
function graphResponse(url: string): Promise<Response> {
  const early = window.__tupuGraphFetch;
  return early && early.url === url ? early.response : fetch(url);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GraphFormatError(`not JSON (${(e as Error).message})`);
  }
}

/** A whole file: its edges wait for after the first frame if there are many. */
function wholeGraph(metrics: Metrics, data: unknown): LoadedGraph {
  const edges = (data as { edges?: unknown } | null)?.edges;
  const defer = Array.isArray(edges) && edges.length > PROGRESSIVE_EDGES;
  const graph = timed(metrics, 'parse', () =>
    importGraph(defer ? { ...(data as object), edges: [] } : data),
  );
  return { graph, pendingEdges: defer ? (edges as unknown[]) : [] };
}

/** A response body read chunk by chunk into a GraphTextReader. */
class Download {
  readonly text = new GraphTextReader();
  bytes = 0;
  private reader: ReadableStreamDefaultReader<Uint8Array> | null;

  constructor(res: Response) {
    this.reader = res.body?.getReader() ?? null;
  }

  /** Read until the head (the nodes) has arrived or the body ends. */
  async head(): Promise<Record<string, unknown> | null> {
    while (!this.text.head && (await this.next()));
    return this.text.head;
  }

  /** Read to the end: the rest's JSON text (see GraphTextReader.rest). */
  async rest(): Promise<string> {
    while (await this.next());
    return this.text.rest();
  }

  private async next(): Promise<boolean> {
    if (!this.reader) return false;
    const { value, done } = await this.reader.read();
    if (done || !value) return !!(this.reader = null);
    this.bytes += value.length;
    this.text.push(value);
    return true;
  }
}

/** The edges in the tail's JSON (from the "edges" key on). */
function edgesOf(tailText: string): readonly unknown[] {
  const tail = parseJson(tailText) as { edges?: unknown };
  if (!Array.isArray(tail.edges)) throw new GraphFormatError('"edges" must be an array');
  return tail.edges;
}

/** The edges from the rest of the download, after the first frame. */
async function tailEdges(metrics: Metrics, download: Download): Promise<readonly unknown[]> {
  const t0 = performance.now();
  const text = await download.rest();
  metrics.phases.edgesDownload = performance.now() - t0;
  return timed(metrics, 'parseEdges', () => edgesOf(text));
}

const contentLength = (res: Response) => Number(res.headers.get('content-length')) || Infinity;

/**
 * Download and parse. A file whose nodes come before its edges (graph/json's order) returns as
 * soon as its nodes have arrived if much is still to come; a broken edges part keeps the nodes
 * (the explorer reports it after the first frame).
 */
export async function fetchGraph(
  // what it reads of the explorer (typed here, not imported: explorer.ts imports this file)
  explorer: { readonly metrics: Metrics },
  url: string,
): Promise<LoadedGraph> {
  const metrics = explorer.metrics;
  const t0 = performance.now();
  const res = await graphResponse(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const download = new Download(res);
  const head = await download.head();
  metrics.phases.fetch = performance.now() - t0;
  if (head && Array.isArray(head.nodes)) {
    const nodesOnly = (pendingEdges: Promise<readonly unknown[]>) => {
      pendingEdges.catch(() => {}); // reported when the explorer awaits it
      return { graph: timed(metrics, 'parse', () => importGraph(head)), pendingEdges };
    };
    if (contentLength(res) - download.bytes > PROGRESSIVE_BYTES)
      return nodesOnly(tailEdges(metrics, download));
    const text = await download.rest();
    let edges: readonly unknown[];
    try {
      edges = timed(metrics, 'parse', () => edgesOf(text));
    } catch (e) {
      return nodesOnly(Promise.reject(e as Error));
    }
    metrics.phases.fetch = performance.now() - t0;
    return wholeGraph(metrics, { ...head, edges });
  }
  const data = parseJson(await download.rest());
  metrics.phases.fetch = performance.now() - t0;
  return wholeGraph(metrics, data);
}
