/**
 * The bulk warm-up of the local server (graph/neo4j/warm-bulk.ts): a throwaway import and
 * schema build in a scratch folder of the server's JVM. It must never touch the user's
 * database, a MERGE load arriving meanwhile cancels it, and a bulk load waits for it once it
 * imports (and calls it off while it is still in its grace period).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localServerOptions } from '../../graph/neo4j/config.ts';
import { connect, openSession } from '../../graph/neo4j/driver.ts';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { status, type ServerInfo } from '../../graph/neo4j/server/process.ts';
import { logFile, swapFolder } from '../../graph/neo4j/server/server-log.ts';
import {
  bulkWarmUpRunning,
  bulkWarmUpWaiting,
  requestBulkWarmUp,
  settleBulkWarmUp,
  WARM_UP,
} from '../../graph/neo4j/warm-bulk.ts';
import { smallGraph } from './fixture.ts';
import { clearDatabase, testConfig, useTestDatabase } from './helpers.ts';

const local = inject('neo4jLocal');
const server = local
  ? localServerOptions({ home: local.home, port: local.port, heap: '2g', pageCache: '512m' })
  : undefined;

/** Every node and relationship with its properties, and the schema's names. */
async function snapshot(): Promise<unknown> {
  const conn = await connect(testConfig());
  const session = openSession(conn, 'READ');
  const rows = async (q: string) => (await session.run(q)).records.map((r) => r.toObject());
  try {
    return {
      nodes: await rows('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.key'),
      rels: await rows('MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p ORDER BY r.key'),
      schema: await rows('SHOW INDEXES YIELD name RETURN name ORDER BY name'),
      tokens: await rows('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    };
  } finally {
    await session.close();
    await conn.driver.close();
  }
}

async function serverInfo(): Promise<ServerInfo> {
  return (await status(server!)).info!;
}

/** The warm-up's last answer, as the server wrote it. */
async function lastAnswer(info: ServerInfo): Promise<string> {
  return (await readFile(join(swapFolder(info)!, `${WARM_UP}.result`), 'utf8')).trim();
}

const scratchGone = () => !existsSync(join(local!.home, WARM_UP));

describe.skipIf(!local)('the bulk warm-up of the local server', () => {
  useTestDatabase();

  it('imports and builds its schema in a scratch folder, never in the user database', async () => {
    const conn = await connect(testConfig());
    await clearDatabase(conn).finally(() => conn.driver.close());
    await loadGraph(smallGraph(), testConfig(), { server, mode: 'merge' });
    const before = await snapshot();
    const info = await serverInfo();
    expect(await requestBulkWarmUp(info, { blocks: 1, graceMs: 0 })).toBe(true);
    expect(bulkWarmUpRunning(info)).toBe(true);
    expect(await settleBulkWarmUp(info)).toBe('ok');
    expect(bulkWarmUpRunning(info)).toBe(false);
    // It did import and build its schema (the server says so), elsewhere.
    expect(readFileSync(logFile(local!.home), 'utf8')).toMatch(/TUPU_NEO4J warm-up \S+: ok/);
    expect(await snapshot()).toEqual(before);
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('a MERGE load arriving during the warm-up cancels it and loads as always', async () => {
    const conn = await connect(testConfig());
    await clearDatabase(conn).finally(() => conn.driver.close());
    const alone = await loadGraph(smallGraph(), testConfig(), { server, mode: 'merge' });
    const expected = await snapshot();
    const conn2 = await connect(testConfig());
    await clearDatabase(conn2).finally(() => conn2.driver.close());
    const info = await serverInfo();
    // 20 blocks: 100k elements, seconds of import; the load comes while it is running.
    await requestBulkWarmUp(info, { blocks: 20, graceMs: 0 });
    const result = await loadGraph(smallGraph(), testConfig(), { server, mode: 'merge' });
    // The load asked for the cancel and did not wait for it to take.
    await settleBulkWarmUp(info);
    expect(await lastAnswer(info)).toBe('failed: cancelled');
    expect(bulkWarmUpRunning(info)).toBe(false);
    expect(result.nodes).toBe(alone.nodes);
    expect(await snapshot()).toEqual(expected);
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('a load right after the start cancels the warm-up in its grace period, before any import', async () => {
    const info = await serverInfo();
    await requestBulkWarmUp(info, { blocks: 1, graceMs: 60_000 });
    await loadGraph(smallGraph(), testConfig(), { server, mode: 'merge' });
    await settleBulkWarmUp(info);
    expect(await lastAnswer(info)).toBe('failed: cancelled');
    // The importer never started: it writes its first lines at once.
    expect(await readFile(join(swapFolder(info)!, `${WARM_UP}.log`), 'utf8')).toBe('');
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('a bulk load arriving in the grace period calls the warm-up off instead of waiting', async () => {
    const conn = await connect(testConfig());
    await clearDatabase(conn).finally(() => conn.driver.close());
    const info = await serverInfo();
    // A grace period longer than the test may wait: a load that waited would time out.
    await requestBulkWarmUp(info, { blocks: 1, graceMs: 600_000 });
    expect(bulkWarmUpWaiting(info)).toBe(true);
    const result = await loadGraph(smallGraph(), testConfig(), { server, mode: 'bulk' });
    expect(result.mode).toBe('bulk');
    expect(await lastAnswer(info)).toBe('failed: cancelled');
    // The warm-up's importer never started: it writes its first lines at once.
    expect(await readFile(join(swapFolder(info)!, `${WARM_UP}.log`), 'utf8')).toBe('');
    expect(bulkWarmUpRunning(info)).toBe(false);
    expect(bulkWarmUpWaiting(info)).toBe(false);
    const counted = (await snapshot()) as { nodes: unknown[]; rels: unknown[] };
    expect([counted.nodes.length, counted.rels.length]).toEqual([
      smallGraph().order,
      smallGraph().size,
    ]);
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('a bulk load arriving during the warm-up waits for it, then imports', async () => {
    const conn = await connect(testConfig());
    await clearDatabase(conn).finally(() => conn.driver.close());
    const info = await serverInfo();
    await requestBulkWarmUp(info, { blocks: 2, graceMs: 0 });
    // "During the warm-up": after its grace, however short. Until the server takes the request
    // its .waiting file stands, and a bulk load then calls the warm-up off (the test above); a
    // CI run once got there first and read 'failed: cancelled'.
    while (bulkWarmUpWaiting(info)) await new Promise((r) => setTimeout(r, 50));
    const result = await loadGraph(smallGraph(), testConfig(), { server, mode: 'bulk' });
    expect(result.mode).toBe('bulk');
    // "ok", or "ok (MERGE warm-up cancelled)" when the load came while it MERGEd.
    expect(await lastAnswer(info)).toMatch(/^ok/);
    // The server answered the warm-up before the load's own import.
    const log = readFileSync(logFile(local!.home), 'utf8');
    const imported = [...log.matchAll(/^TUPU_NEO4J import \S+: ok$/gm)].at(-1)!.index;
    expect(log.lastIndexOf('TUPU_NEO4J warm-up')).toBeLessThan(imported);
    expect(bulkWarmUpRunning(info)).toBe(false);
    const conn2 = await connect(testConfig());
    const session = openSession(conn2, 'READ');
    try {
      const n = await session.run('MATCH (n) RETURN count(n) AS n');
      expect(n.records[0]!.get('n').toNumber()).toBe(smallGraph().order);
    } finally {
      await session.close();
      await conn2.driver.close();
    }
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('MERGEs its batches in the scratch database after the schema (a bad one fails it)', async () => {
    const info = await serverInfo();
    const mergeFile = join(await mkdtemp(join(tmpdir(), 'tupu-warm-merge-')), 'merge.json');
    await writeFile(mergeFile, JSON.stringify([{ s: 'THIS IS NOT CYPHER', p: {} }]));
    await requestBulkWarmUp(info, { blocks: 1, graceMs: 0, mergeFile });
    expect(await settleBulkWarmUp(info)).toMatch(/^failed: .*Invalid input 'THIS'/s);
    expect(scratchGone()).toBe(true);
  }, 300_000);

  it('a bulk load arriving while it MERGEs calls the rest off instead of waiting', async () => {
    const conn = await connect(testConfig());
    await clearDatabase(conn).finally(() => conn.driver.close());
    const info = await serverInfo();
    const mergeFile = join(await mkdtemp(join(tmpdir(), 'tupu-warm-merge-')), 'merge.json');
    // One batch that never ends by itself (9e12 rows): only the cancel's termination ends it,
    // so the answer does not hang on how fast this machine runs a batch (a CI run once got
    // through 1,000 slow batches, answering "ok"). A second one the cancel must not reach.
    const endless = { s: 'UNWIND range(1, 9000000000000) AS i RETURN count(*) AS n', p: {} };
    await writeFile(mergeFile, JSON.stringify([endless, endless]));
    await requestBulkWarmUp(info, { blocks: 1, graceMs: 0, mergeFile });
    const merging = join(swapFolder(info)!, `${WARM_UP}.merging`);
    while (!existsSync(merging)) await new Promise((r) => setTimeout(r, 100));
    // Were the cancel to leave the batch running, the load would wait for it for ever.
    const hung = new Promise<never>((_, fail) => {
      const timer = setTimeout(
        () =>
          fail(new Error("the bulk load still waits: the cancel did not end the warm-up's MERGE")),
        120_000,
      );
      timer.unref();
    });
    const result = await Promise.race([
      loadGraph(smallGraph(), testConfig(), { server, mode: 'bulk' }),
      hung,
    ]);
    expect(result.mode).toBe('bulk');
    expect(await lastAnswer(info)).toBe('ok (MERGE warm-up cancelled)');
    expect(bulkWarmUpRunning(info)).toBe(false);
    expect(existsSync(merging)).toBe(false);
    expect(scratchGone()).toBe(true);
  }, 300_000);
});
