/**
 * The merge path's batches (./loader.ts): rows grouped by label or relationship type, one
 * statement each, and each batch written in its own write transaction, tried again when two
 * edge batches deadlock on a shared node.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { TupuGraph } from '../json/index.ts';
import type { EdgeType, NodeType } from '../schema.ts';
import { Neo4jError, openSession, type Neo4jConnection } from './driver.ts';
import {
  edgeRow,
  nodeRow,
  wireEdgeRow,
  type EdgeRow,
  type NodeRow,
  type WireEdgeRow,
} from './props.ts';
import { mergeEdgesStatement, mergeNodesStatement } from './statements.ts';

/**
 * What a batch's statement reads, so that writeBatch sends its rows in that shape (said by
 * whoever builds the batch, not guessed from the statement's text):
 * - nodes: node rows; the statement returns the element ids, kept for the edge batches;
 * - edges: edge rows whose ends are found by those element ids (mergeEdgesStatement), sent
 *   with the prefix the ids share apart (withEnds);
 * - keyed edges: edge rows whose ends are matched by label and key (the bulk path's fix-ups,
 *   mergeEdgesByKeyStatement), sent as they are.
 */
export type BatchKind = 'nodes' | 'edges' | 'keyed edges';

export interface Batch<R> {
  kind: BatchKind;
  statement: string;
  rows: R[];
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
    .flatMap((type) => chunk('nodes', mergeNodesStatement(type), groups.get(type)!, batchSize));
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
    .flatMap((type) => chunk('edges', mergeEdgesStatement(type), groups.get(type)!, batchSize));
}

export function chunk<R>(kind: BatchKind, statement: string, rows: R[], size: number): Batch<R>[] {
  const out: Batch<R>[] = [];
  for (let i = 0; i < rows.length; i += size)
    out.push({ kind, statement, rows: rows.slice(i, i + size) });
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
 * batches record their element ids in `ids`; edge batches (kind `edges`) read them.
 */
export async function writeBatch(
  conn: Neo4jConnection,
  batch: Batch<unknown>,
  ids: NodeIds = new Map(),
): Promise<number> {
  const params = batch.kind === 'edges' ? withEnds(batch.rows, ids) : { rows: batch.rows };
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
