/** Driver connection: one place that opens drivers, names the target and words errors. */
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { describeTarget, type Neo4jConfig } from './config.ts';
import { Neo4jError } from './errors.ts';

export { Neo4jError };

/** An open driver plus the database it targets; what query, load and export functions take. */
export interface Neo4jConnection {
  driver: Driver;
  database?: string;
  config: Neo4jConfig;
}

export type Neo4jTarget = Neo4jConfig | Neo4jConnection;

export function openDriver(config: Neo4jConfig): Driver {
  const auth =
    config.password !== undefined
      ? neo4j.auth.basic(config.user ?? 'neo4j', config.password)
      : undefined;
  return neo4j.driver(config.uri, auth, {
    maxTransactionRetryTime: config.maxTransactionRetryTime ?? 30_000,
    connectionTimeout: 10_000,
    disableLosslessIntegers: false,
    userAgent: 'tupu',
  });
}

export async function connect(config: Neo4jConfig): Promise<Neo4jConnection> {
  const driver = openDriver(config);
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (e) {
    await driver.close();
    throw explain(e, config);
  }
  return { driver, database: config.database, config };
}

/** Run `fn` with a connection, opening (and closing) one if given a bare config. */
export async function withConnection<T>(
  target: Neo4jTarget,
  fn: (conn: Neo4jConnection) => Promise<T>,
): Promise<T> {
  if ('driver' in target) return fn(target);
  const conn = await connect(target);
  try {
    return await fn(conn);
  } finally {
    await conn.driver.close();
  }
}

export function openSession(conn: Neo4jConnection, mode: 'READ' | 'WRITE'): Session {
  return conn.driver.session({
    database: conn.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isConnectionLost(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/i.test(String(e));
}

/** Turn a driver error into a message a user can act on (wrapped in Neo4jError). */
export function explain(e: unknown, config: Neo4jConfig): Neo4jError {
  if (e instanceof Neo4jError) return e;
  const code = (e as { code?: string })?.code;
  const msg = (e as Error)?.message ?? String(e);
  const where = describeTarget(config);
  if (isConnectionLost(e)) {
    return new Neo4jError(
      `cannot reach Neo4j at ${where} (${firstLine(msg)}). ` +
        'Start the local server with `npx tupu neo4j start`, or set NEO4J_URI.',
      code,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new Neo4jError(
      `Neo4j at ${where} refused the credentials: check NEO4J_USER / NEO4J_PASSWORD`,
      code,
    );
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code === 'Neo.ClientError.Statement.NotAllowed'
  ) {
    return new Neo4jError(
      `this query writes, and queries run read-only by default (${firstLine(msg)})`,
      code,
    );
  }
  return new Neo4jError(`${code ? code + ': ' : ''}${firstLine(msg)}`, code);
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
