/**
 * Load a tupu graph into Neo4j: constraints and indexes first, then `UNWIND $rows` batches of
 * MERGE, one label or relationship type per statement, each batch one `executeWrite`
 * transaction. Idempotent: loading the same graph again changes nothing; a load cut short
 * leaves whole batches only, and running it again completes it.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { TupuGraph } from '../json/index.ts';
import type { EdgeType, NodeType } from '../schema.ts';
import { describeTarget } from './config.ts';
import {
  explain,
  isConnectionLost,
  Neo4jError,
  openSession,
  withConnection,
  type Neo4jConnection,
  type Neo4jTarget,
} from './driver.ts';
import { edgeRow, nodeRow, type EdgeRow, type NodeRow } from './props.ts';
import { mergeEdgesStatement, mergeNodesStatement, schemaStatements } from './statements.ts';

/** Chosen by bench/neo4j.ts: see README, "Neo4j". */
export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 2;

export interface LoadProgress {
  phase: 'schema' | 'nodes' | 'edges';
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Transactions in flight at once (default 2). */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadResult {
  nodes: number;
  edges: number;
  batches: number;
  ms: number;
}

interface Batch<R> {
  statement: string;
  rows: R[];
}

/** Create the constraints and the full-text index (IF NOT EXISTS) and wait until online. */
export async function ensureSchema(conn: Neo4jConnection): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
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

export function edgeBatches(graph: TupuGraph, batchSize: number): Batch<EdgeRow>[] {
  const groups = new Map<string, { type: EdgeType; s: NodeType; t: NodeType; rows: EdgeRow[] }>();
  graph.forEachEdge((key, attrs, source, target, sAttrs, tAttrs) => {
    const id = `${attrs.type} ${sAttrs.type} ${tAttrs.type}`;
    const group = groups.get(id) ?? { type: attrs.type, s: sAttrs.type, t: tAttrs.type, rows: [] };
    group.rows.push(edgeRow(key, source, target, attrs));
    groups.set(id, group);
  });
  return [...groups.keys()].sort().flatMap((id) => {
    const g = groups.get(id)!;
    return chunk(mergeEdgesStatement(g.type, g.s, g.t), g.rows, batchSize);
  });
}

function chunk<R>(statement: string, rows: R[], size: number): Batch<R>[] {
  const out: Batch<R>[] = [];
  for (let i = 0; i < rows.length; i += size)
    out.push({ statement, rows: rows.slice(i, i + size) });
  return out;
}

/** Run one batch in its own write transaction; returns the number of rows written. */
export async function writeBatch(conn: Neo4jConnection, batch: Batch<unknown>): Promise<number> {
  const session = openSession(conn, 'WRITE');
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const result = await tx.run<{ written: { toNumber(): number } }>(batch.statement, {
        rows: batch.rows,
      });
      return result.records[0]?.get('written').toNumber() ?? 0;
    });
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
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatch(conn, batch);
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
  let connected = false;
  try {
    await withConnection(target, async (conn) => {
      connected = true;
      progress({ phase: 'schema', done: 0, total: 1 });
      await ensureSchema(conn);
      const run = { counts, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY };
      await writeAll(conn, 'nodes', nodeBatches(graph, batchSize), run, progress);
      await writeAll(conn, 'edges', edgeBatches(graph, batchSize), run, progress);
    });
  } catch (e) {
    if (!connected || !isConnectionLost(e)) throw explain(e, config);
    throw new Neo4jError(
      `lost the connection to Neo4j at ${describeTarget(config)} during the load, after ` +
        `${counts.nodes} of ${graph.order} nodes and ${counts.edges} of ${graph.size} edges ` +
        '(the database holds whole batches only). Run the same load again to complete it: ' +
        'nothing is duplicated.',
      (e as { code?: string }).code,
    );
  }
  return { ...counts, ms: Date.now() - started };
}

async function writeAll(
  conn: Neo4jConnection,
  phase: 'nodes' | 'edges',
  batches: Batch<NodeRow | EdgeRow>[],
  run: { counts: { nodes: number; edges: number; batches: number }; concurrency: number },
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
        const written = await writeBatchPatiently(conn, batch);
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
