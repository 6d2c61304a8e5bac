/**
 * Which path a load takes (./loader.ts): bulk (./bulk.ts) only into the empty default database
 * of the local server that tupu runs, and under `auto` only for graphs large enough to repay
 * the importer and the swap; MERGE everywhere else, with the reason said.
 */
import type { TupuGraph } from '../json/index.ts';
import { BULK_DATABASE } from './bulk.ts';
import { describeTarget, type LocalServerOptions, type Neo4jConfig } from './config.ts';
import { Neo4jError, openSession, type Neo4jConnection } from './driver.ts';
import { status } from './server/process.ts';

/**
 * Below this many elements `auto` merges even into an empty database. Bulk has a fixed cost
 * (the importer's start and sampling, the swap, one index population per constraint) and then
 * less time per element than MERGE. Measured with bench/neo4j-threshold.ts (docs/neo4j.md,
 * "Where bulk starts to pay", 2026-12-02, load 22-27): bulk took 25-28 s at 10k and 40k
 * elements and 35-36 s at 120k, MERGE 32-47 s and 74 s, so under load bulk wins from 10k on;
 * on a quiet machine (MERGE 14k elements/s, bulk's fixed part about 5 s: the lead's quiet run)
 * the break-even is about 100-150k. 100k keeps small loads on MERGE where a quiet machine
 * would lose a few seconds to bulk, and takes bulk where either machine gains.
 */
export const BULK_MIN_ELEMENTS = 100_000;

export type LoadMode = 'auto' | 'bulk' | 'merge';

/** Bulk import was asked for where it cannot run; `why` says why (the caller says how to MERGE). */
export class BulkImportRefused extends Neo4jError {
  constructor(readonly why: string) {
    super(`bulk import refused: ${why}; load by MERGE instead`);
  }
}

/** Is the database empty? (Answered from Neo4j's count store.) */
export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS n';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Is `config` the local server `server` (same loopback port, running, default database)? */
export async function isLocalServer(
  config: Neo4jConfig,
  server?: LocalServerOptions,
): Promise<boolean> {
  if (!server) return false;
  let url: URL;
  try {
    url = new URL(config.uri);
  } catch {
    return false;
  }
  if (!LOOPBACK.has(url.hostname) || Number(url.port || 7687) !== server.port) return false;
  if (config.database && config.database !== BULK_DATABASE) return false;
  return (await status(server)).state === 'running';
}

/** Bulk or merge, and why (said in the summary line). */
export async function choosePath(
  conn: Neo4jConnection,
  graph: TupuGraph,
  options: { mode?: LoadMode; server?: LocalServerOptions },
): Promise<{ mode: 'bulk' | 'merge'; why: string }> {
  const mode = options.mode ?? 'auto';
  if (mode === 'merge') return { mode, why: 'asked for' };
  const refuse = (why: string) => {
    if (mode === 'bulk') throw new BulkImportRefused(why);
    return { mode: 'merge' as const, why: `${why}, so MERGE` };
  };
  if (!(await isLocalServer(conn.config, options.server)))
    return refuse(
      `${describeTarget(conn.config)} is not the local server that tupu runs (the importer writes its files)`,
    );
  const session = openSession(conn, 'READ');
  let stored = 0;
  try {
    const r = await session.run(COUNT_NODES);
    stored = r.records[0]!.get('n').toNumber();
  } finally {
    await session.close();
  }
  if (stored > 0)
    return refuse(`the database holds ${stored} nodes and bulk import only fills an empty one`);
  const elements = graph.order + graph.size;
  if (mode === 'auto' && elements < BULK_MIN_ELEMENTS)
    return {
      mode: 'merge',
      why: `${elements} elements, below the bulk threshold ${BULK_MIN_ELEMENTS}`,
    };
  return { mode: 'bulk', why: 'empty local database' };
}

/** After a bulk import: the database holds as many nodes and relationships as the graph. */
export async function checkCounts(conn: Neo4jConnection, graph: TupuGraph): Promise<void> {
  const session = openSession(conn, 'READ');
  try {
    // Two statements, each answered from the count store: joined by WITH, the second count
    // has a grouping key and is planned as a scan of every relationship.
    const count = async (q: string) =>
      (await session.run(q)).records[0]!.get('c').toNumber() as number;
    const n = await count('MATCH (n) RETURN count(n) AS c');
    const e = await count('MATCH ()-[r]->() RETURN count(r) AS c');
    if (n !== graph.order || e !== graph.size)
      throw new Neo4jError(
        `the imported database holds ${n} nodes and ${e} relationships, not ${graph.order} and ${graph.size}`,
      );
  } finally {
    await session.close();
  }
}
