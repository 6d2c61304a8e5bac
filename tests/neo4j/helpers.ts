/**
 * Shared by the tests that use Neo4j: the server the globalSetup names (started here on first
 * use), and a lock so that test files clearing and filling the one database take turns.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { configFromEnv, localServerOptions, type Neo4jConfig } from '../../graph/neo4j/config.ts';
import { connect, openSession, type Neo4jConnection } from '../../graph/neo4j/driver.ts';
import { start } from '../../graph/neo4j/server/process.ts';
import { alive } from '../setup/neo4j.ts';

export function testConfig(): Neo4jConfig {
  return { ...configFromEnv(), uri: inject('neo4jUri') };
}

/** Start the run's local server unless it runs (or NEO4J_URI names another). Safe to race. */
export async function ensureTestServer(): Promise<void> {
  const local = inject('neo4jLocal');
  if (!local) return;
  const opts = localServerOptions({
    home: local.home,
    port: local.port,
    heap: '2g',
    pageCache: '512m',
  });
  await withLock(`${local.home}.start`, () => start(opts, (line) => console.error(line)));
}

export async function clearDatabase(conn: Neo4jConnection): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function count(conn: Neo4jConnection, cypher: string, params = {}): Promise<number> {
  const session = openSession(conn, 'READ');
  try {
    const result = await session.run(cypher, params);
    const value = result.records[0]?.get(0);
    return typeof value === 'number' ? value : Number(value?.toNumber?.() ?? value ?? 0);
  } finally {
    await session.close();
  }
}

/**
 * Hold the database for this file: beforeAll starts the server if needed, takes the lock and
 * clears the database; afterAll lets go. Returns a getter for the open connection.
 */
export function useTestDatabase(): () => Neo4jConnection {
  let conn: Neo4jConnection | undefined;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    await ensureTestServer();
    release = await acquire(inject('neo4jLock'));
    conn = await connect(testConfig());
    await clearDatabase(conn);
  });
  afterAll(async () => {
    await conn?.driver.close();
    await release?.();
  });
  return () => {
    if (!conn) throw new Error('tests/neo4j: no connection (beforeAll did not run)');
    return conn;
  };
}

async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const release = await acquire(path);
  try {
    return await fn();
  } finally {
    await release();
  }
}

/** A lock file holding our pid; a holder that died is ignored. Returns the release function. */
async function acquire(lock: string, timeoutMs = 600_000): Promise<() => Promise<void>> {
  await mkdir(dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
        if (holder === process.pid) await rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
    if (holder && !alive(holder)) await rm(lock, { force: true });
    if (Date.now() > deadline) throw new Error(`tests/neo4j: timed out waiting for ${lock}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
