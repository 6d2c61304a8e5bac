/**
 * The graph as CSV files for Neo4j's bulk importer (`neo4j-admin database import full`).
 *
 * Each node and edge is written with exactly the properties the MERGE path stores (built from
 * the same rows: ./props.ts), so a bulk-loaded database equals a merged one. A CSV column has
 * one type, so elements are grouped by label (or relationship type) and by their property
 * signature (names and types); each group is a file with its own header. The importer drops
 * empty lists (it skips an empty array on purpose, quoted or not), so their names go into one
 * list column, `tupuEmptyLists`, which one statement after the import turns back into empty
 * lists (emptyListsStatements). What a CSV cannot say at all goes through the MERGE path after
 * the import instead ("fix-ups"): property names a header cannot hold, and list items that
 * contain the list delimiter. Strings with line breaks go to their own files, which are the only
 * ones parsed as multi-line (slower) by the importer.
 */
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isInt } from 'neo4j-driver';
import type { TupuGraph } from '../json/index.ts';
import type { EdgeAttributes } from '../schema.ts';
import { ARRAY_DELIMITER, fastEdgeColumns, fastNodeColumns, SAFE_NAME } from './csv-fast.ts';
import { appendSameGroups, GroupWriter, quote, type Column, type CsvGroup } from './csv-files.ts';
import { EMPTY_LISTS_PROP } from './properties.ts';
import { edgeRow, nodeRow, type EdgeRow, type NodeRow } from './props.ts';
import { labelOf, relTypeOf } from './statements.ts';

export { GroupWriter, type CsvGroup } from './csv-files.ts';
export { ARRAY_DELIMITER } from './csv-fast.ts';

export interface BulkCsv {
  nodes: CsvGroup[];
  edges: CsvGroup[];
  /** Elements the importer cannot write exactly, to MERGE after it (same rows as the loader). */
  fixNodes: { type: string; row: NodeRow }[];
  fixEdges: { type: string; source: string; target: string; row: EdgeRow }[];
  /** Some nodes (edges) carry `tupuEmptyLists`, to be turned into empty lists after the import. */
  emptyLists: { nodes: boolean; edges: boolean };
  /** Bytes of the longest line in any file (sizes the importer's read buffer). */
  longestLine: number;
}

/** Empty lists out of `props`, their names in `tupuEmptyLists` (names a header can hold only). */
export function markEmptyLists(props: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(props)) {
    if (!Array.isArray(value) || value.length > 0 || !SAFE_NAME.test(name)) continue;
    out ??= { ...props, [EMPTY_LISTS_PROP]: [] };
    delete out[name];
    (out[EMPTY_LISTS_PROP] as string[]).push(name);
  }
  return out ?? props;
}

/** The CSV type and text of a stored value, or undefined when the CSV cannot hold it exactly. */
export function csvValue(value: unknown): { type: string; text: string } | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.every((v) => typeof v === 'string')) {
      // The common case (aliases, articles, evidence) without an object per item.
      if (value.some((v) => v.includes(ARRAY_DELIMITER))) return undefined;
      return { type: 'string[]', text: value.join(ARRAY_DELIMITER) };
    }
    const items = value.map(csvValue);
    if (items.some((i) => i === undefined || i.type.endsWith('[]'))) return undefined;
    const type = items[0]!.type;
    if (items.some((i) => i!.type !== type)) return undefined;
    const texts = items.map((i) => i!.text);
    if (texts.some((t) => t.includes(ARRAY_DELIMITER))) return undefined;
    return { type: `${type}[]`, text: texts.join(ARRAY_DELIMITER) };
  }
  if (typeof value === 'string') return { type: 'string', text: value };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  if (isInt(value)) return { type: 'long', text: value.toString() };
  if (typeof value === 'number' && Number.isFinite(value))
    return { type: 'double', text: String(value) };
  return undefined;
}

/** Columns for a property map; undefined when one property needs the MERGE path. */
export function columns(props: Record<string, unknown>): Column[] | undefined {
  const out: Column[] = [];
  for (const name of Object.keys(props).sort()) {
    if (!SAFE_NAME.test(name)) return undefined;
    const v = csvValue(props[name]);
    if (!v) return undefined;
    out.push({ name, type: v.type, value: v.text });
  }
  return out;
}

/** What the MERGE path stores on a node, as one map (ON CREATE of mergeNodesStatement). */
export function storedNodeProps(row: NodeRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row.props };
  if (row.aliases !== null) out.aliases = row.aliases;
  if (row.articles !== null) out.articles = row.articles;
  if (row.mentions !== null) out.mentions = row.mentions;
  return out;
}

/** What the MERGE path stores on a relationship besides `key` (ON CREATE of mergeEdgesStatement). */
export function storedEdgeProps(row: EdgeRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row.props };
  if (row.ev !== null) out.evidence = row.ev;
  if (row.evA !== null) out.evidenceArticles = row.evA;
  if (row.evS !== null) out.evidenceSentences = row.evS;
  return out;
}

/**
 * One edge as the worker gets it: key, source, target, attributes, source type, target type,
 * and the node ids of its ends (see NODE_HEAD).
 */
export type EdgeTuple = [string, string, string, EdgeAttributes, string, string, number, number];

/** Write one edge into `edges`; what the CSV cannot hold goes into `fixEdges`. */
export function writeEdge(edges: GroupWriter, result: EdgeResult, edge: EdgeTuple): void {
  const [key, source, target, attrs, sType, tType, sId, tId] = edge;
  const ends = `${quote(key)},${sId},${tId}`;
  const fast = fastEdgeColumns(attrs);
  if (fast) return edges.write(relTypeOf(attrs.type), EDGE_HEAD, fast, ends);
  const row = edgeRow(key, source, target, attrs);
  const props = markEmptyLists(storedEdgeProps(row));
  if (EMPTY_LISTS_PROP in props) result.emptyLists = true;
  let cols = columns(props);
  if (!cols) {
    result.fixEdges.push({ type: attrs.type, source: sType, target: tType, row });
    cols = columns(csvOnly(props, EVIDENCE)) ?? [];
  }
  edges.write(relTypeOf(attrs.type), EDGE_HEAD, cols, ends);
}

const EDGE_HEAD = 'key:string,:START_ID,:END_ID';
/**
 * Nodes carry the store's own node ids, numbered in graph order (`--id-type=actual`), and
 * `key` as a plain property: the importer then neither encodes, sorts and checks string ids
 * nor looks up two per relationship, and the relationship files are smaller.
 */
const NODE_HEAD = ':ID,key:string';

export interface EdgeResult {
  fixEdges: BulkCsv['fixEdges'];
  emptyLists: boolean;
}

/**
 * Write the graph as CSV groups into `dir` (which exists and is empty). From
 * PARALLEL_MIN_EDGES edges on, a worker thread writes the second part of the edges while this
 * thread writes the nodes and the first part (./bulk-csv-worker.ts).
 */
export async function writeBulkCsv(
  graph: TupuGraph,
  dir: string,
  options: { minEdgesForWorker?: number } = {},
): Promise<BulkCsv> {
  const nodes = new GroupWriter(dir, 'nodes');
  const edges = new GroupWriter(dir, 'edges');
  const result: BulkCsv = {
    nodes: [],
    edges: [],
    fixNodes: [],
    fixEdges: [],
    emptyLists: { nodes: false, edges: false },
    longestLine: 0,
  };
  const edgeResult: EdgeResult = { fixEdges: result.fixEdges, emptyLists: false };
  const split =
    graph.size >= (options.minEdgesForWorker ?? PARALLEL_MIN_EDGES)
      ? Math.floor(graph.size * WORKER_SHARE)
      : 0;
  let worker: Promise<WorkerResult> | undefined;
  try {
    const ids = new Map<string, number>();
    graph.forEachNode((key) => ids.set(key, ids.size));
    const tuple = (
      key: string,
      attrs: EdgeAttributes,
      source: string,
      target: string,
      sType: string,
      tType: string,
    ): EdgeTuple => [key, source, target, attrs, sType, tType, ids.get(source)!, ids.get(target)!];
    if (split > 0) {
      const handed: EdgeTuple[] = [];
      let i = 0;
      graph.forEachEdge((key, attrs, source, target, sAttrs, tAttrs) => {
        if (i++ >= graph.size - split)
          handed.push(tuple(key, attrs, source, target, sAttrs.type, tAttrs.type));
      });
      worker = writeInWorker(dir, handed);
      // An unhandled rejection while this thread is busy would end the process: caught below.
      worker.catch(() => undefined);
    }
    graph.forEachNode((key, attrs) => {
      const fields = `${ids.get(key)},${quote(key)}`;
      const fast = fastNodeColumns(attrs);
      if (fast) return nodes.write(labelOf(attrs.type), NODE_HEAD, fast, fields);
      const row = nodeRow(key, attrs);
      const props = markEmptyLists(storedNodeProps(row));
      if (EMPTY_LISTS_PROP in props) result.emptyLists.nodes = true;
      let cols = columns(props);
      if (!cols) {
        result.fixNodes.push({ type: attrs.type, row });
        cols = columns(csvOnly(props, [])) ?? [];
      }
      nodes.write(labelOf(attrs.type), NODE_HEAD, cols, fields);
    });
    let i = 0;
    graph.forEachEdge((key, attrs, source, target, sAttrs, tAttrs) => {
      if (i++ < graph.size - split)
        writeEdge(edges, edgeResult, tuple(key, attrs, source, target, sAttrs.type, tAttrs.type));
    });
    result.nodes = nodes.close();
    result.edges = edges.close();
    result.longestLine = Math.max(nodes.longestLine, edges.longestLine);
    if (worker) {
      const done = await worker;
      result.edges.push(...appendSameGroups(result.edges, done.groups));
      edgeResult.emptyLists ||= done.emptyLists;
      result.longestLine = Math.max(result.longestLine, done.longestLine);
      // Fix-up rows are built again here: the driver's Integer values do not cross threads.
      for (const key of done.fixKeys) writeEdgeFixUp(graph, key, edgeResult);
    }
    result.emptyLists.edges = edgeResult.emptyLists;
  } catch (e) {
    nodes.abandon();
    edges.abandon();
    await worker?.catch(() => undefined);
    throw e;
  }
  return result;
}

/**
 * From this many edges on a worker thread writes a share of them. Since the common elements
 * take the direct path (./csv-fast.ts) the worker no longer pays: handing it the edges
 * (structured clone), starting it (tsx) and appending its files cost about 1.5 CPU-s on 300k
 * edges, more than the 2.1-2.5 CPU-s the whole CSV now takes on one thread; measured on 400k
 * elements at load 11 (fresh process each, alternating): one thread 4.5-12.4 s wall, median
 * 5.2 s, against 8.3-15.5 s, median 13.5 s, with the worker. One thread also leaves the
 * second core to the server (its warm-up import). Kept (and tested) for far larger graphs;
 * 5M edges is a guess, not a measurement.
 */
export const PARALLEL_MIN_EDGES = 5_000_000;
/** The worker's share of the edges; this thread also writes the nodes. */
const WORKER_SHARE = 0.55;

function writeEdgeFixUp(graph: TupuGraph, key: string, result: EdgeResult): void {
  const [source, target] = graph.extremities(key);
  const attrs = graph.getEdgeAttributes(key);
  result.fixEdges.push({
    type: attrs.type,
    source: graph.getNodeAttribute(source, 'type'),
    target: graph.getNodeAttribute(target, 'type'),
    row: edgeRow(key, source, target, attrs),
  });
}

interface WorkerResult {
  groups: CsvGroup[];
  fixKeys: string[];
  emptyLists: boolean;
  longestLine: number;
}

/**
 * Run ./bulk-csv-worker.ts on `edges` (structured-cloned, so values JSON cannot hold survive).
 * The worker loads TypeScript the way bin/tupu.js does (tsx), so it needs no build step either.
 */
function writeInWorker(dir: string, edges: EdgeTuple[]): Promise<WorkerResult> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = new URL('./bulk-csv-worker.ts', import.meta.url).href;
  const code =
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(script)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { dir, edges } });
    worker.once('message', (m: WorkerResult) => resolve(m));
    worker.once('error', (e: Error) => reject(new Error(`graph/neo4j: CSV worker: ${e.message}`)));
    worker.once('exit', (code) =>
      reject(new Error(`graph/neo4j: CSV worker stopped (exit ${code}) before it finished`)),
    );
  });
}

/** The three aligned evidence lists: the fix-up appends to all three, so they go together. */
const EVIDENCE = ['evidence', 'evidenceArticles', 'evidenceSentences'];

/** The properties a CSV can hold exactly; the rest is written by the fix-up MERGE. */
function csvOnly(props: Record<string, unknown>, together: string[]): Record<string, unknown> {
  const fits = (name: string) => SAFE_NAME.test(name) && csvValue(props[name]) !== undefined;
  const keepTogether = together.every((name) => !(name in props) || fits(name));
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(props))
    if (fits(name) && (keepTogether || !together.includes(name))) out[name] = props[name];
  return out;
}

/** The importer's arguments for these files (nodes, relationships, multi-line files). */
export function importArguments(csv: BulkCsv): string[] {
  const args = [
    ...csv.nodes.map((g) => `--nodes=${g.token}=${g.path}`),
    ...csv.edges.map((g) => `--relationships=${g.token}=${g.path}`),
  ];
  const ml = [...csv.nodes, ...csv.edges].filter((g) => g.multiline).map((g) => g.path);
  if (ml.length > 0)
    args.push(
      '--multiline-fields-format=v2',
      `--multiline-fields=${ml.map(escapeRegex).join(',')}`,
    );
  return args;
}

/** --multiline-fields takes a folder and a regular expression for file names in it. */
function escapeRegex(path: string): string {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return join(dirname(path), name);
}
