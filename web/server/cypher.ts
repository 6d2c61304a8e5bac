/**
 * The Cypher endpoint's runner: read-only queries against Neo4j through graph/neo4j
 * (READ sessions), returned as graphology JSON. A first check refuses write clauses with a
 * clear message; the READ session is what the server itself enforces.
 */
import { exportGraph } from '../../graph/json/index.ts';
import { configFromEnv, describeTarget, type Neo4jConfig } from '../../graph/neo4j/config.ts';
import { connect, type Neo4jConnection } from '../../graph/neo4j/driver.ts';
import { fetchSubgraph } from '../../graph/neo4j/subgraph.ts';
import type { CypherRunner } from './plugin.ts';

const WRITE_CLAUSES =
  /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE)\b/i;

/** The write clause a query uses outside string literals and comments, or null. */
export function writeClauseOf(query: string): string | null {
  const code = query
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, ' ');
  return WRITE_CLAUSES.exec(code)?.[1]?.toUpperCase() ?? null;
}

export interface CypherConnection {
  runner: CypherRunner | null;
  reason?: string;
  close(): Promise<void>;
}

export function runnerFor(conn: Neo4jConnection): CypherRunner {
  return async (query) => {
    const clause = writeClauseOf(query);
    if (clause) throw new Error(`read-only: ${clause} is not allowed here`);
    return exportGraph(await fetchSubgraph(conn, query));
  };
}

/** Connect with NEO4J_* (or the local server's default); on failure say why, never throw. */
export async function connectCypher(
  config: Neo4jConfig = configFromEnv(),
): Promise<CypherConnection> {
  try {
    const conn = await connect(config);
    return { runner: runnerFor(conn), close: () => conn.driver.close() };
  } catch (e) {
    return {
      runner: null,
      reason: `cannot reach Neo4j at ${describeTarget(config)}: ${(e as Error).message}`,
      close: async () => undefined,
    };
  }
}
