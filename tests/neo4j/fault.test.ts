/**
 * Faults: the server is killed (SIGKILL) in the middle of a load. The load fails with a clear
 * message, the database holds whole batches only, and loading again completes with nothing
 * duplicated. Uses its own server, since it kills it.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../graph/json/index.ts';
import { writeGraphFile } from '../../graph/json/file.ts';
import { localServerOptions, type LocalServerOptions } from '../../graph/neo4j/config.ts';
import { connect, type Neo4jConnection } from '../../graph/neo4j/driver.ts';
import { edgeBatches, loadGraph } from '../../graph/neo4j/loader.ts';
import { killHard, start, stop, type ServerInfo } from '../../graph/neo4j/server/process.ts';
import { fetchGraph } from '../../graph/neo4j/subgraph.ts';
import { syntheticGraph } from '../kit/news-graph.ts';
import { freePort } from '../setup/neo4j.ts';
import { count } from './helpers.ts';

const BATCH = 500;
const graph = syntheticGraph({ blocks: 4, seed: 7 }); // 5,000 nodes, 15,000 edges

describe('graph/neo4j: server killed mid-load', () => {
  let opts: LocalServerOptions;
  let server: ServerInfo;
  const config = () => ({ uri: server.uri, maxTransactionRetryTime: 1_000 });

  beforeAll(async () => {
    opts = localServerOptions({
      home: resolve('.tupu', `neo4j-fault-${process.pid}`),
      port: await freePort(),
      heap: '1g',
      pageCache: '256m',
    });
    await rm(opts.home, { recursive: true, force: true });
    server = (await start(opts)).info;
  });
  afterAll(async () => {
    await stop(opts);
    await rm(opts.home, { recursive: true, force: true });
  });

  it('fails clearly, keeps whole batches only, and a second run completes without duplicates', async () => {
    let killedAt = -1;
    const load = loadGraph(graph, config(), {
      batchSize: BATCH,
      onProgress: ({ phase, done }) => {
        if (phase === 'edges' && done >= 4 * BATCH && killedAt < 0) {
          killedAt = done;
          killHard(server);
        }
      },
    });
    await expect(load).rejects.toThrow(
      /graph\/neo4j: lost the connection to Neo4j .* run the same load again/i,
    );
    expect(killedAt).toBeGreaterThan(0);

    server = (await start(opts)).info;
    const conn = await connect(config());
    try {
      expect(await count(conn, 'MATCH (n) RETURN count(n)')).toBe(graph.order);
      const rels = await count(conn, 'MATCH ()-[r]->() RETURN count(r)');
      expect(rels).toBeGreaterThanOrEqual(killedAt);
      expect(rels).toBeLessThan(graph.size);
      // every batch (one transaction) is in the database whole or not at all
      const stored = new Set(await keys(conn));
      for (const batch of edgeBatches(graph, BATCH)) {
        const present = batch.rows.filter((row) => stored.has(row.key)).length;
        expect([0, batch.rows.length]).toContain(present);
      }

      const result = await loadGraph(graph, conn, { batchSize: BATCH });
      expect(result.edges).toBe(graph.size);
      expect(await count(conn, 'MATCH ()-[r]->() RETURN count(r)')).toBe(graph.size);
      expect(await count(conn, 'MATCH ()-[r]->() RETURN count(DISTINCT r.key)')).toBe(graph.size);
      const back = exportGraph(await fetchGraph(conn));
      const want = exportGraph(graph);
      expect(back.nodes).toEqual(want.nodes);
      expect(back.edges).toEqual(want.edges);
    } finally {
      await conn.driver.close();
    }
  }, 300_000);

  it('`tupu load` says the connection was lost and exits non-zero', async () => {
    const file = join(opts.home, 'graph.json');
    await writeGraphFile(file, graph);
    const conn = await connect(config());
    await conn.driver
      .session()
      .run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await conn.driver.close();
    const { code, stderr } = await runCli(
      ['load', file, '--batch-size', String(BATCH)],
      server.uri,
      (err) => {
        if (/edges: [1-9]/.test(err)) killHard(server);
      },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/graph\/neo4j: lost the connection to Neo4j at bolt:\/\/127\.0\.0\.1/);
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 180_000);

  it('`tupu load` against a server that is not there says how to start one', async () => {
    await stop(opts);
    const { code, stderr } = await runCli(['load', join(opts.home, 'graph.json')], server.uri);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+.*tupu neo4j start/);
  });
});

async function keys(conn: Neo4jConnection): Promise<string[]> {
  const session = conn.driver.session();
  try {
    const result = await session.run<{ key: string }>('MATCH ()-[r]->() RETURN r.key AS key');
    return result.records.map((r) => r.get('key'));
  } finally {
    await session.close();
  }
}

function runCli(
  args: string[],
  uri: string,
  onStderr: (all: string) => void = () => undefined,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['bin/tupu.js', ...args], {
      env: { ...process.env, NEO4J_URI: uri, TUPU_NEO4J_RETRY_MS: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr(stderr);
    });
    child.on('close', (code) => ok({ code, stderr }));
  });
}
