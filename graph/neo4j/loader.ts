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
import type { TupuGraph } from '../json/index.ts';
import type { EdgeType, NodeType } from '../schema.ts';
import { writeBulkCsv, type BulkCsv } from './bulk-csv.ts';
import { importAndSwap, stagingDir, timed, warmImporter, type BulkOptions } from './bulk.ts';
import { checkCounts, choosePath, type LoadMode } from './load-path.ts';
import { status } from './server/process.ts';
import {
  bulkWarmUpRunning,
  bulkWarmUpWaiting,
  settleBulkWarmUp,
  settleBulkWarmUpFor,
} from './warm-bulk.ts';
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
import type { EdgeRow, NodeRow } from './props.ts';
import {
  emptyListsStatements,
  mergeEdgesByKeyStatement,
  mergeNodesStatement,
  schemaStatements,
} from './statements.ts';

export { BULK_MIN_ELEMENTS, type LoadMode } from './load-path.ts';
export {
  edgeBatches,
  nodeBatches,
  writeBatch,
  writeBatchPatiently,
  type NodeIds,
} from './batches.ts';
import {
  chunk,
  edgeBatches,
  nodeBatches,
  writeBatchPatiently,
  type Batch,
  type BatchKind,
  type NodeIds,
} from './batches.ts';

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
      // The server's bulk warm-up (./warm-bulk.ts) would share the CPU with the batches.
      if (path.mode === 'merge') await settleBulkWarmUpFor(conn.config, options.server, 'cancel');
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
    // A warm-up still in its grace period has compiled nothing: waiting for the rest of the
    // grace and the whole warm-up would cost more than the cold code it spares, so it is
    // called off (docs/neo4j.md). One that imports already is waited for after the CSV.
    const info = (await status(server)).info;
    const calledOff =
      info !== undefined &&
      bulkWarmUpWaiting(info) &&
      (await settleBulkWarmUp(info, { cancel: true, wait: false })) !== undefined;
    // Not beside the server's own bulk warm-up: that one loads the same classes and more.
    if (!info || calledOff || !bulkWarmUpRunning(info))
      warming = await warmImporter(server, staging).catch(() => undefined);
    progress({ phase: 'csv', done: 0, total: graph.order + graph.size });
    const csv = await timed(phases, 'csv', () => writeBulkCsv(graph, join(staging, 'csv')));
    // A warm-up still compiling what the import and the schema step run: worth its rest.
    await timed(phases, 'warm-up', () => settleBulkWarmUpFor(config, server, 'wait'));
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
  const batches = <R>(kind: BatchKind, m: Map<string, R[]>) =>
    [...m].flatMap(([st, rows]) => chunk(kind, st, rows, run.batchSize));
  await writeAll(conn, 'nodes', batches('nodes', nodes), counts, progress);
  // Ends matched by label and key: the importer wrote them, and this load never saw their ids.
  await writeAll(conn, 'edges', batches('keyed edges', edges), counts, progress);
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
