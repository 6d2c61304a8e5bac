/**
 * A fresh server plans every statement cold (about 0.3 s each on 2 busy cores, more for the
 * long MERGE statements), and a first load used to spend most of its time there. The loader's
 * statements are few (one per node type, one per edge type: ./statements.ts) and known in
 * advance, so `tupu neo4j start` creates the schema and runs each once on a made-up row in
 * a transaction that is rolled back: Neo4j keeps the plans in its query cache (keyed by the
 * text, the parameter types and whether the transaction already wrote, hence a real-shaped row
 * in a fresh transaction each; rows in a map, see ./statements.ts), and nothing is stored.
 */
import { dirname } from 'node:path';
import { EDGE_TYPES, NODE_TYPES } from '../schema.ts';
import { configFromEnv, localUri, type LocalServerOptions } from './config.ts';
import { openSession, withConnection, type Neo4jConnection } from './driver.ts';
import { COUNT_NODES } from './load-path.ts';
import { ensureSchema } from './loader.ts';
import { start, type StartResult } from './server/process.ts';
import { requestBulkWarmUp, warmMergeWanted } from './warm-bulk.ts';
import { edgeRow, nodeRow, wireEdgeRow } from './props.ts';
import { mergeEdgesStatement, mergeNodesStatement } from './statements.ts';

/** A made-up element id that names no node: edge statements match nothing and write nothing. */
const NO_NODE = '4:00000000-0000-0000-0000-000000000000:-1';

/** Create the schema and plan the loader's statements; every write is rolled back. */
export async function warmLoader(conn: Neo4jConnection): Promise<number> {
  await ensureSchema(conn);
  const session = openSession(conn, 'WRITE');
  const attempt = async (statement: string, rows: unknown[], p?: string) => {
    const tx = session.beginTransaction();
    try {
      await tx.run(statement, { batch: p === undefined ? { rows } : { rows, p } });
    } finally {
      await tx.rollback();
    }
  };
  try {
    await session.run(COUNT_NODES);
    for (const type of NODE_TYPES) {
      const row = nodeRow(`warm:${type}`, {
        type,
        label: '预热',
        aliases: ['预热'],
        articles: ['article:warm'],
        mentions: 1,
      });
      await attempt(mergeNodesStatement(type), [row]);
    }
    for (const type of EDGE_TYPES) {
      const row = edgeRow(`warm:${type}`, 'warm:a', 'warm:b', {
        type,
        evidence: [{ article: 'article:warm', sentence: '预热。' }],
      });
      await attempt(mergeEdgesStatement(type), [wireEdgeRow(row, NO_NODE, NO_NODE)], '');
    }
  } finally {
    await session.close();
  }
  return NODE_TYPES.length + EDGE_TYPES.length + 1;
}

/**
 * Start the local server (see ./server/process.ts) and, when it was not running, warm it; with
 * `warmMerge` (default: TUPU_NEO4J_WARM_MERGE) its background warm-up also MERGEs (./warm-bulk.ts).
 */
export async function startWarm(
  opts: LocalServerOptions,
  log: (line: string) => void = () => undefined,
  options: { warmMerge?: boolean } = {},
): Promise<StartResult & { warmMs?: number; bulkWarming?: boolean; mergeWarming?: boolean }> {
  const started = await start(opts, log);
  if (started.alreadyRunning) return started;
  const t0 = Date.now();
  const config = { ...configFromEnv(), uri: localUri(opts), database: undefined };
  try {
    await withConnection(config, warmLoader);
  } catch (e) {
    // The server runs; a first load will only be slower. Say why (e.g. wrong NEO4J_PASSWORD).
    log(`graph/neo4j: warm-up skipped: ${(e as Error).message}`);
    return started;
  }
  const warmMs = Date.now() - t0;
  // In the background (./warm-bulk.ts): a load that comes meanwhile cancels or awaits it.
  const cacheRoot = dirname(opts.libDir);
  const merge = warmMergeWanted(options.warmMerge);
  const bulkWarming = await requestBulkWarmUp(started.info, { cacheRoot, merge }).catch(
    (e: Error) => {
      log(`graph/neo4j: bulk warm-up not started: ${e.message}`);
      return false;
    },
  );
  return { ...started, warmMs, bulkWarming, mergeWarming: bulkWarming && merge };
}
