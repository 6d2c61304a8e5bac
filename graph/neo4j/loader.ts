/**
 * Load a tupu graph into Neo4j, by one of two paths (docs/neo4j.md):
 * - merge: constraints and indexes first, then `UNWIND $batch.rows` batches of MERGE, one label or
 *   relationship type per statement, each batch one `executeWrite` transaction. Idempotent:
 *   loading the same graph again changes nothing; a load cut short leaves whole batches only,
 *   and running it again completes it.
 * - bulk: into the local server's empty database, Neo4j's importer (./bulk.ts), then the same
 *   constraints and index. Chosen by `auto` for large graphs into an empty local database.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { TupuGraph } from '../json/index.ts';
import type { EdgeType, NodeType } from '../schema.ts';
import { writeBulkCsv, type BulkCsv } from './bulk-csv.ts';
import { importAndSwap, stagingDir, timed, warmImporter, type BulkOptions } from './bulk.ts';
import { checkCounts, choosePath, type LoadMode } from './load-path.ts';

import {
  DEFAULT_BATCH_SIZE,
  describeTarget,
  type LocalServerOptions,
  type Neo4jConfig,
} from './config.ts';
import {
  explain,
  isConnectionLost,
  Neo4jError,
  openSession,
  withConnection,
  type Neo4jConnection,
  type Neo4jTarget,
} from './driver.ts';
import {
  edgeRow,
  nodeRow,
  wireEdgeRow,
  type EdgeRow,
  type NodeRow,
  type WireEdgeRow,
} from './props.ts';
import {
  emptyListsStatements,
  mergeEdgesByKeyStatement,
  mergeEdgesStatement,
  mergeNodesStatement,
  schemaStatements,
} from './statements.ts';

export { BULK_MIN_ELEMENTS, type LoadMode } from './load-path.ts';

export const DEFAULT_CONCURRENCY = 2;

export interface LoadProgress {
  /**
   * csv, import, swap (or restart, for a server whose launcher cannot swap): the bulk path
   * (import counts percent, total 100).
   */
  phase: 'schema' | 'nodes' | 'edges' | 'csv' | 'import' | 'swap' | 'restart';
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Transactions in flight at once (default 2). */
  concurrency?: number;
  /** auto (default): bulk into an empty local database for large graphs, else merge. */
  mode?: LoadMode;
  /** The local server the target may be (needed for bulk: it imports and swaps the database in). */
  server?: LocalServerOptions;
  bulk?: Omit<BulkOptions, 'onProgress'>;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadResult {
  nodes: number;
  edges: number;
  batches: number;
  ms: number;
  mode: 'bulk' | 'merge';
  /** Why this path was taken, for the summary line. */
  why: string;
  /** Bulk: milliseconds per phase (csv, import, stop, start, schema, fixups, verify). */
  phases?: Record<string, number>;
}

interface Batch<R> {
  statement: string;
  rows: R[];
}

/**
 * Create the constraints and the full-text index that are missing and wait until online.
 * Existing ones are listed first: each CREATE ... IF NOT EXISTS is planned on its own (tens
 * of ms each, seconds on a cold server), so a load into a prepared database sends none.
 * On a filled database (after a bulk import) each constraint populates its index before it
 * returns, one after the other (created side by side they fail: the backing index of one is
 * seen as a name clash by another, or they deadlock on the schema locks, even node against
 * relationship constraints; in one transaction each still fills its index on its own, no
 * faster: docs/neo4j.md, 2026-12-03 11:15), so the full-text index, populated in the
 * background, is created first and fills meanwhile.
 */
export async function ensureSchema(conn: Neo4jConnection): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    const existing = new Set<string>();
    for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name'])
      for (const r of (await session.run(show)).records) existing.add(r.get('name'));
    const missing = schemaStatements()
      .filter(
        (s) => !existing.has(/^CREATE (?:CONSTRAINT|FULLTEXT INDEX) (\S+)/.exec(s)?.[1] ?? ''),
      )
      .sort((a, b) => Number(b.includes('FULLTEXT')) - Number(a.includes('FULLTEXT')));
    for (const statement of missing) await session.run(statement);
    if (missing.length > 0) await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

export function nodeBatches(graph: TupuGraph, batchSize: number): Batch<NodeRow>[] {
  const groups = new Map<NodeType, NodeRow[]>();
  graph.forEachNode((key, attrs) => {
    const rows = groups.get(attrs.type) ?? [];
    rows.push(nodeRow(key, attrs));
    groups.set(attrs.type, rows);
  });
  return [...groups.keys()]
    .sort()
    .flatMap((type) => chunk(mergeNodesStatement(type), groups.get(type)!, batchSize));
}

/** Edges by relationship type; their ends are found by the element ids the node batches return. */
export function edgeBatches(graph: TupuGraph, batchSize: number): Batch<EdgeRow>[] {
  const groups = new Map<EdgeType, EdgeRow[]>();
  graph.forEachEdge((key, attrs, source, target) => {
    const rows = groups.get(attrs.type) ?? [];
    rows.push(edgeRow(key, source, target, attrs));
    groups.set(attrs.type, rows);
  });
  return [...groups.keys()]
    .sort()
    .flatMap((type) => chunk(mergeEdgesStatement(type), groups.get(type)!, batchSize));
}

function chunk<R>(statement: string, rows: R[], size: number): Batch<R>[] {
  const out: Batch<R>[] = [];
  for (let i = 0; i < rows.length; i += size)
    out.push({ statement, rows: rows.slice(i, i + size) });
  return out;
}

/** Node key -> element id, filled by the node batches of a load and read by its edge batches. */
export type NodeIds = Map<string, string>;

/**
 * Edge rows as mergeEdgesStatement reads them (./props.ts): their ends by element id, less the
 * prefix all the batch's ids share (`p`, sent once; the statement puts it back). Element ids
 * of one database share a long prefix (about 40 of their 45 characters in Neo4j 5), and the
 * prefix is found here rather than assumed, so any id format works.
 */
function withEnds(rows: unknown[], ids: NodeIds): { rows: WireEdgeRow[]; p: string } {
  const ends = rows.map((row) => {
    const r = row as EdgeRow;
    const s = ids.get(r.source);
    const t = ids.get(r.target);
    if (s === undefined || t === undefined)
      throw new Neo4jError(`edge ${r.key} names a node that this load did not write`);
    return [s, t] as const;
  });
  let p = ends[0]?.[0] ?? '';
  for (const [s, t] of ends) {
    while (!s.startsWith(p)) p = p.slice(0, -1);
    while (!t.startsWith(p)) p = p.slice(0, -1);
  }
  return {
    rows: rows.map((row, i) =>
      wireEdgeRow(row as EdgeRow, ends[i]![0].slice(p.length), ends[i]![1].slice(p.length)),
    ),
    p,
  };
}

/**
 * Run one batch in its own write transaction; returns the number of rows written. Node
 * batches record their element ids in `ids`; edge batches (rows with `source`) read them.
 */
export async function writeBatch(
  conn: Neo4jConnection,
  batch: Batch<unknown>,
  ids: NodeIds = new Map(),
): Promise<number> {
  const isEdges = batch.statement.includes('elementId(a) = $batch.p + row.s');
  const params = isEdges ? withEnds(batch.rows, ids) : { rows: batch.rows };
  const session = openSession(conn, 'WRITE');
  try {
    const record = await session.executeWrite(async (tx: ManagedTransaction) => {
      const result = await tx.run(batch.statement, { batch: params });
      return result.records[0];
    });
    if (!record) return 0;
    if (record.has('ids'))
      for (const [key, id] of record.get('ids') as [string, string][]) ids.set(key, id);
    return record.get('written').toNumber();
  } finally {
    await session.close();
  }
}

const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';
const DEADLOCK_TRIES = 8;

/**
 * Two edge batches in flight can deadlock on a shared node; Neo4j then aborts one of them. The
 * driver retries transient errors only for its retry time (short when a load should fail fast
 * on a lost server), so a deadlocked batch is tried again here too, with a growing pause.
 */
export async function writeBatchPatiently(
  conn: Neo4jConnection,
  batch: Batch<unknown>,
  ids?: NodeIds,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatch(conn, batch, ids);
    } catch (e) {
      if ((e as { code?: string }).code !== DEADLOCK || attempt >= DEADLOCK_TRIES) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export async function loadGraph(
  graph: TupuGraph,
  target: Neo4jTarget,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  const counts = { nodes: 0, edges: 0, batches: 0 };
  const config = 'driver' in target ? target.config : target;
  const run: Run = {
    counts,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    batchSize,
    ids: new Map(),
  };
  let connected = false;
  let path: { mode: 'bulk' | 'merge'; why: string } = { mode: 'merge', why: '' };
  const phases: Record<string, number> = {};
  try {
    await withConnection(target, async (conn) => {
      connected = true;
      path = await choosePath(conn, graph, options);
      if (path.mode === 'bulk') {
        await bulkLoad(graph, config, options.server!, options, run, progress, phases);
        return;
      }
      progress({ phase: 'schema', done: 0, total: 1 });
      await ensureSchema(conn);
      await writeAll(conn, 'nodes', nodeBatches(graph, batchSize), run, progress);
      await writeAll(conn, 'edges', edgeBatches(graph, batchSize), run, progress);
    });
  } catch (e) {
    if (!connected || !isConnectionLost(e) || path.mode === 'bulk') throw explain(e, config);
    throw new Neo4jError(
      `lost the connection to Neo4j at ${describeTarget(config)} during the load, after ` +
        `${counts.nodes} of ${graph.order} nodes and ${counts.edges} of ${graph.size} edges ` +
        '(the database holds whole batches only). Run the same load again to complete it: ' +
        'nothing is duplicated.',
      (e as { code?: string }).code,
    );
  }
  const bulk = path.mode === 'bulk' ? { phases } : {};
  return { ...counts, ms: Date.now() - started, ...path, ...bulk };
}

interface Run {
  counts: { nodes: number; edges: number; batches: number };
  concurrency: number;
  batchSize: number;
  ids: NodeIds;
}

/** The bulk path: CSV, importer, swap; then schema, fix-ups and a count check on the new database. */
async function bulkLoad(
  graph: TupuGraph,
  config: Neo4jConfig,
  server: LocalServerOptions,
  options: LoadOptions,
  run: Run,
  progress: (p: LoadProgress) => void,
  phases: Record<string, number>,
): Promise<void> {
  const staging = stagingDir(server.home);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'csv'), { recursive: true });
  let warming: { done: Promise<void> } | undefined;
  try {
    warming = await warmImporter(server, staging).catch(() => undefined);
    progress({ phase: 'csv', done: 0, total: graph.order + graph.size });
    const csv = await timed(phases, 'csv', () => writeBulkCsv(graph, join(staging, 'csv')));
    // The warm-up is not waited for: under load it can still be running when the CSV is
    // done (6.7 s more at load 25), and the real import shares whatever classes it loaded.
    const onProgress = ({ step, percent }: { step: string; percent?: number }) => {
      if (step === 'import')
        progress({ phase: 'import', done: Math.round(percent ?? 0), total: 100 });
      if (step === 'swap' || step === 'restart') progress({ phase: step, done: 0, total: 1 });
      if (step === 'schema') progress({ phase: 'schema', done: 0, total: 1 });
    };
    await importAndSwap(csv, staging, server, { ...options.bulk, onProgress, phases }, () =>
      withConnection(config, async (conn) => {
        await timed(phases, 'schema', () => ensureSchema(conn));
        await timed(phases, 'empty lists', () => fillEmptyLists(conn, csv));
        await timed(phases, 'fixups', () => writeFixUps(conn, csv, run, progress));
        await timed(phases, 'verify', () => checkCounts(conn, graph));
      }),
    );
    run.counts.nodes = graph.order;
    run.counts.edges = graph.size;
  } finally {
    await warming?.done;
    await rm(staging, { recursive: true, force: true });
  }
}

/** The empty lists the importer dropped (./bulk-csv.ts), set again. */
async function fillEmptyLists(conn: Neo4jConnection, csv: BulkCsv): Promise<void> {
  const statements = emptyListsStatements();
  const session = openSession(conn, 'WRITE');
  try {
    if (csv.emptyLists.nodes) await session.run(statements.nodes);
    if (csv.emptyLists.edges) await session.run(statements.edges);
  } finally {
    await session.close();
  }
}

/** Elements the CSV could not hold exactly, written again by the MERGE statements. */
async function writeFixUps(
  conn: Neo4jConnection,
  csv: BulkCsv,
  run: Run,
  progress: (p: LoadProgress) => void,
) {
  const group = <R>(items: { statement: string; row: R }[]) => {
    const out = new Map<string, R[]>();
    for (const { statement, row } of items) {
      const rows = out.get(statement);
      if (rows) rows.push(row);
      else out.set(statement, [row]);
    }
    return out;
  };
  const nodes = group(
    csv.fixNodes.map(({ type, row }) => ({
      statement: mergeNodesStatement(type as NodeType),
      row,
    })),
  );
  const edges = group(
    csv.fixEdges.map(({ type, source, target, row }) => ({
      statement: mergeEdgesByKeyStatement(type as EdgeType, source as NodeType, target as NodeType),
      row,
    })),
  );
  if (nodes.size + edges.size === 0) return;
  const counts = { ...run, counts: { nodes: 0, edges: 0, batches: 0 } };
  const batches = <R>(m: Map<string, R[]>) =>
    [...m].flatMap(([st, rows]) => chunk(st, rows, run.batchSize));
  await writeAll(conn, 'nodes', batches(nodes), counts, progress);
  await writeAll(conn, 'edges', batches(edges), counts, progress);
}

async function writeAll(
  conn: Neo4jConnection,
  phase: 'nodes' | 'edges',
  batches: Batch<NodeRow | EdgeRow>[],
  run: Pick<Run, 'counts' | 'concurrency' | 'ids'>,
  progress: (p: LoadProgress) => void,
): Promise<void> {
  const total = batches.reduce((n, b) => n + b.rows.length, 0);
  progress({ phase, done: 0, total });
  let next = 0;
  let failure: unknown;
  // `concurrency` transactions in flight: the client encodes one batch while the server
  // runs another. Deadlocks between edge batches are transient errors: executeWrite retries.
  const worker = async () => {
    while (next < batches.length && failure === undefined) {
      const batch = batches[next++]!;
      try {
        const written = await writeBatchPatiently(conn, batch, run.ids);
        if (written !== batch.rows.length)
          throw new Neo4jError(
            `wrote ${written} of ${batch.rows.length} ${phase} in a batch: an edge names a node missing from the database`,
          );
        run.counts[phase] += written;
        run.counts.batches++;
        progress({ phase, done: run.counts[phase], total });
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(run.concurrency, batches.length) }, worker));
  if (failure !== undefined) throw failure;
}
