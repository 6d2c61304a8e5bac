/**
 * vitest globalSetup for the tests that touch Neo4j (they use a real server). With NEO4J_URI
 * set, that one (credentials from NEO4J_USER / NEO4J_PASSWORD). Otherwise a local server is
 * planned here (a free port, a data folder .tupu/neo4j-test/<pid of this run>, so two runs in
 * one work tree do not meet) and started by the first test that asks for it
 * (tests/neo4j/helpers.ts: useTestDatabase / ensureTestServer), so runs without such tests
 * start no JVM; teardown stops it and removes its folder. Servers left by interrupted runs are
 * stopped here.
 */
import { createServer } from 'node:net';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { localServerOptions } from '../../graph/neo4j/config.ts';
import { stop } from '../../graph/neo4j/server/process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server to use; with `neo4jLocal`, started on demand by ensureTestServer(). */
    neo4jUri: string;
    neo4jLocal: { home: string; port: number } | null;
    /** Lock file held by a test file while it clears and fills the database. */
    neo4jLock: string;
  }
}

const TEST_ROOT = resolve('.tupu/neo4j-test');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = join(TEST_ROOT, String(process.pid));
  project.provide('neo4jLock', `${home}.lock`);
  const cleanup = async () => {
    await stop(localServerOptions({ home }));
    await rm(home, { recursive: true, force: true });
    await rm(`${home}.lock`, { force: true });
    await rm(`${home}.start`, { force: true });
  };
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jLocal', null);
    return cleanup;
  }
  await stopLeftovers();
  await rm(home, { recursive: true, force: true });
  const port = await freePort();
  project.provide('neo4jUri', `bolt://127.0.0.1:${port}`);
  project.provide('neo4jLocal', { home, port });
  return cleanup;
}

/** Stop and remove the servers of test runs whose process is gone. */
async function stopLeftovers(): Promise<void> {
  const entries = await readdir(TEST_ROOT).catch(() => [] as string[]);
  for (const name of entries) {
    const owner = Number(name.replace(/\.(lock|start)$/, ''));
    if (!owner || alive(owner)) continue;
    const path = join(TEST_ROOT, name);
    if (!name.includes('.')) await stop(localServerOptions({ home: path }));
    await rm(path, { recursive: true, force: true });
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}
