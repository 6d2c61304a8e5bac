/**
 * The Cypher endpoint's runner: a user's query against Neo4j through graph/neo4j, returned as
 * graphology JSON. Read-only is enforced by the server, not by reading the query's text: the
 * query runs in a READ session only after Neo4j has planned it as read-only (graph/neo4j/guard.ts),
 * and the local server refuses LOAD CSV from files and the network. Every query has a
 * transaction timeout and a row and byte cap, and is cancelled when the browser goes away.
 */
import { exportGraph } from '../../graph/json/index.ts';
import { configFromEnv, describeTarget, type Neo4jConfig } from '../../graph/neo4j/config.ts';
import { connect, type Neo4jConnection } from '../../graph/neo4j/driver.ts';
import { DEFAULT_LIMITS, limitsFromEnv, type QueryLimits } from '../../graph/neo4j/guard.ts';
import { fetchSubgraphResult } from '../../graph/neo4j/subgraph.ts';
import type { CypherRunner } from './plugin.ts';

export interface CypherConnection {
  runner: CypherRunner | null;
  reason?: string;
  close(): Promise<void>;
}

export interface RunnerOptions {
  limits?: QueryLimits;
  /** Property bytes kept before the result is cut (default 16 MB: what a page can draw). */
  maxBytes?: number;
}

export function runnerFor(conn: Neo4jConnection, options: RunnerOptions = {}): CypherRunner {
  const limits = options.limits ?? limitsFromEnv(process.env, DEFAULT_LIMITS);
  return async (query, { signal } = {}) => {
    const result = await fetchSubgraphResult(
      conn,
      query,
      {},
      { limits, maxBytes: options.maxBytes ?? 16 * 1024 * 1024, signal },
    );
    return { graph: exportGraph(result.graph), truncated: result.truncated, rows: result.rows };
  };
}

/** Connect with NEO4J_* (or the local server's default); on failure say why, never throw. */
export async function connectCypher(
  config: Neo4jConfig = configFromEnv(),
  options: RunnerOptions = {},
): Promise<CypherConnection> {
  try {
    const conn = await connect(config);
    return { runner: runnerFor(conn, options), close: () => conn.driver.close() };
  } catch (e) {
    return {
      runner: null,
      reason: `cannot reach Neo4j at ${describeTarget(config)}: ${(e as Error).message}`,
      close: async () => undefined,
    };
  }
}
