/** Run one Cypher query: READ access mode unless asked to write; values as the driver gives them. */
import neo4j from 'neo4j-driver';
import { explain, openSession, withConnection, type Neo4jTarget } from './driver.ts';
import {
  assertReadOnly,
  CLI_LIMITS,
  limitsFromEnv,
  runLimited,
  type QueryLimits,
} from './guard.ts';

export interface QueryOptions {
  /** Allow writes (WRITE access mode, no read-only check). Default: READ, and refused unless
   *  Neo4j plans the query as read-only (see guard.ts). */
  write?: boolean;
  /** Timeout and row cap (default CLI_LIMITS, or TUPU_QUERY_TIMEOUT / TUPU_QUERY_MAX_ROWS). */
  limits?: QueryLimits;
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  /** Non-zero update counters (nodesCreated, propertiesSet, ...). */
  updates: Record<string, number>;
  /** True when the row cap stopped the result early. */
  truncated: boolean;
}

export async function runQuery(
  target: Neo4jTarget,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<QueryResult> {
  const config = 'driver' in target ? target.config : target;
  const limits = options.limits ?? limitsFromEnv(process.env, CLI_LIMITS);
  try {
    return await withConnection(target, async (conn) => {
      const session = openSession(conn, options.write ? 'WRITE' : 'READ');
      try {
        if (!options.write) await assertReadOnly(session, cypher, params);
        const rows: unknown[][] = [];
        const run = await runLimited(session, cypher, params, limits, (values) => {
          rows.push(values);
        });
        const counters = run.summary?.counters.updates() as unknown as Record<string, number>;
        const updates = Object.fromEntries(Object.entries(counters ?? {}).filter(([, n]) => n > 0));
        return { columns: run.keys, rows, updates, truncated: run.truncated };
      } finally {
        await session.close();
      }
    });
  } catch (e) {
    throw explain(e, config);
  }
}

/**
 * `name=value` from the command line: JSON when it parses (numbers, true/false, null, lists,
 * maps, "quoted strings"), else the text as is. Whole numbers become Neo4j integers.
 */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq < 1)
    throw new Error(`graph/neo4j: a query parameter is written name=value, got "${text}"`);
  const name = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    /* plain text */
  }
  return [name, toIntegers(value)];
}

function toIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toIntegers);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toIntegers(v)]));
  return value;
}
