/**
 * The MERGE path's code compiled before the first long MERGE load. A batched MERGE of 400k
 * elements after a 20k-element warm-up spent 25 of its 70 server CPU-s in the JIT's compiler
 * threads (181 µs per element); after a 100k-element warm-up 15 CPU-s and 126 µs per element
 * (docs/neo4j.md, neo21). So the server's bulk warm-up (./warm-bulk.ts), once its throwaway
 * import and schema are built, also MERGEs a throwaway graph into that scratch database with
 * the loader's own statements and row shapes (graph/neo4j/server/TupuNeo4j.java, class
 * BulkWarmUp): the same Cypher operators, transaction state, commit, uniqueness and full-text
 * index code a load runs, compiled before it; the user's database is never opened.
 *
 * The batches are a JSON file (statement and parameters per batch, Neo4j integers as JSON
 * integers). Edges find their ends by label and key (the fix-up statement of the bulk path),
 * not by the element ids a node batch returns, so the server needs no loader logic; what they
 * MERGE and SET is the same text as the loader's edge statements. Keys carry a prefix the
 * imported warm-up graph does not have, so the warm-up runs the create path, as a first load does.
 */
import { writeFile } from 'node:fs/promises';
import { isInt, type Integer } from 'neo4j-driver';
import type { TupuGraph } from '../json/index.ts';
import type { EdgeType, NodeType } from '../schema.ts';
import { syntheticGraph } from '../synthetic.ts';
import { DEFAULT_BATCH_SIZE } from './config.ts';
import { chunk } from './batches.ts';
import { edgeRow, nodeRow, type EdgeRow, type NodeRow } from './props.ts';
import { mergeEdgesByKeyStatement, mergeNodesStatement } from './statements.ts';

/** One batch as the server reads it: statement `s`, parameters `p`. */
export interface WarmBatch {
  s: string;
  p: { batch: { rows: unknown[] } };
}

/** The loader's batches of `graph` (node batches first, then edges by type and end labels). */
export function mergeWarmBatches(graph: TupuGraph, prefix = 'warm:'): WarmBatch[] {
  const nodes = new Map<NodeType, NodeRow[]>();
  graph.forEachNode((key, attrs) => {
    const rows = nodes.get(attrs.type) ?? [];
    rows.push(nodeRow(prefix + key, attrs));
    nodes.set(attrs.type, rows);
  });
  const edges = new Map<string, { type: EdgeType; s: NodeType; t: NodeType; rows: EdgeRow[] }>();
  graph.forEachEdge((key, attrs, source, target, sa, ta) => {
    const id = `${attrs.type} ${sa.type} ${ta.type}`;
    const group = edges.get(id) ?? { type: attrs.type, s: sa.type, t: ta.type, rows: [] };
    group.rows.push(edgeRow(prefix + key, prefix + source, prefix + target, attrs));
    edges.set(id, group);
  });
  const batch = (statement: string, rows: unknown[]) =>
    chunk('nodes', statement, rows, DEFAULT_BATCH_SIZE).map((b) => ({
      s: b.statement,
      p: { batch: { rows: b.rows } },
    }));
  return [
    ...[...nodes].sort().flatMap(([type, rows]) => batch(mergeNodesStatement(type), rows)),
    ...[...edges.keys()].sort().flatMap((id) => {
      const g = edges.get(id)!;
      return batch(mergeEdgesByKeyStatement(g.type, g.s, g.t), g.rows);
    }),
  ];
}

/** The batches as the server reads them: Neo4j integers as JSON integers (Java integers there). */
export function warmUpJson(batches: WarmBatch[]): string {
  return JSON.stringify(batches, (_key, value: unknown) =>
    isInt(value) ? (value as Integer).toNumber() : value,
  );
}

/**
 * Write the warm-up batches of a synthetic graph of `blocks` blocks (5,000 elements each) to
 * `file`; the bulk warm-up's size (./warm-bulk.ts, 20 blocks: the bench's 20k-element MERGE
 * warm-up left MERGE compiling through the load, 100k did not).
 */
export async function writeMergeWarmUp(file: string, blocks: number): Promise<void> {
  const batches = mergeWarmBatches(syntheticGraph({ blocks, seed: 11 }));
  await writeFile(file, warmUpJson(batches));
}
