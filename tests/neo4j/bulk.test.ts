/**
 * The bulk path (Neo4j's importer into the local server's empty database) against the MERGE
 * path: the same database either way, idempotent, and a failed import changes nothing.
 * Restarts the test server (that is what a bulk load does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInt } from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { writeGraphFile } from '../../graph/json/file.ts';
import { createTupuGraph, type TupuGraph } from '../../graph/json/index.ts';
import { localServerOptions } from '../../graph/neo4j/config.ts';
import { connect, openSession } from '../../graph/neo4j/driver.ts';
import { loadGraph, type LoadOptions } from '../../graph/neo4j/loader.ts';
import { requestSwap } from '../../graph/neo4j/bulk.ts';
import { status } from '../../graph/neo4j/server/process.ts';
import { importsInServer, logFile, swapFolder } from '../../graph/neo4j/server/server-log.ts';
import { edgeKey } from '../../graph/schema.ts';
import { smallGraph } from './fixture.ts';
import { clearDatabase, testConfig, useTestDatabase } from './helpers.ts';

const local = inject('neo4jLocal');
const server = local
  ? localServerOptions({ home: local.home, port: local.port, heap: '2g', pageCache: '512m' })
  : undefined;
const A9 = 'article:bulk_test_9#1';

/** The fixture plus what a CSV file finds hard: line breaks, quotes, the list delimiter, odd names. */
function firstCorpus(): TupuGraph {
  const g = smallGraph();
  g.addNode(A9, {
    type: 'article',
    label: '某区召开"两会"\n第二行，带逗号,和引号"',
    text: '第一段。\r\n第二段："引文"，结束。\n',
    chars: 21,
    flags: [true, false],
    scores: [0.5, 2],
    'odd name': 'x',
  });
  g.addNode('person:王某某', {
    type: 'person',
    label: '王某某',
    aliases: ['王\u001f某某', '老王'],
    articles: [A9],
    mentions: 1,
  });
  g.addEdgeWithKey(edgeKey('MENTIONS', A9, 'person:王某某'), A9, 'person:王某某', {
    type: 'MENTIONS',
    evidence: [{ article: A9, sentence: '王某某说："发展\n要快。"' }],
    count: 1,
  });
  // Empty lists, which the importer drops: they must come back as empty lists.
  g.addNode('person:李某', {
    type: 'person',
    label: '李某',
    aliases: [],
    articles: [A9],
    tags: [],
  });
  g.addEdgeWithKey(edgeKey('MENTIONS', A9, 'person:李某'), A9, 'person:李某', {
    type: 'MENTIONS',
    evidence: [],
    count: 1,
  });
  // A line longer than the importer's smallest read buffer (256 KiB): the buffer is sized to it.
  g.addEdgeWithKey(edgeKey('SPOKE_ABOUT', 'person:李某', A9), 'person:李某', A9, {
    type: 'SPOKE_ABOUT',
    evidence: Array.from({ length: 400 }, (_, i) => ({
      article: A9,
      sentence: `李某第${i}次谈到园区建设，${'要求加快推进项目落地。'.repeat(20)}`,
    })),
  });
  return g;
}

/** A second corpus: overlaps the first (a node, an edge with one new evidence item) and adds new. */
function secondCorpus(): TupuGraph {
  const g = createTupuGraph();
  const a10 = 'article:bulk_test_10#1';
  g.addNode(a10, { type: 'article', label: '第二篇', chars: 3 });
  g.addNode('person:王某某', {
    type: 'person',
    label: '王某某',
    aliases: ['王局'],
    articles: [a10],
    mentions: 2,
  });
  g.addNode(A9, { type: 'article', label: '某区召开"两会"\n第二行，带逗号,和引号"', chars: 21 });
  g.addEdgeWithKey(edgeKey('MENTIONS', A9, 'person:王某某'), A9, 'person:王某某', {
    type: 'MENTIONS',
    evidence: [
      { article: A9, sentence: '王某某说："发展\n要快。"' },
      { article: a10, sentence: '王某某再次强调。' },
    ],
    count: 1,
  });
  g.addEdgeWithKey(edgeKey('MENTIONS', a10, 'person:王某某'), a10, 'person:王某某', {
    type: 'MENTIONS',
    evidence: [],
    count: 2,
  });
  return g;
}

/** Every node and relationship with labels, types and typed property values, in key order. */
async function dump(): Promise<unknown> {
  const conn = await connect(testConfig());
  const session = openSession(conn, 'READ');
  const typed = (v: unknown): unknown =>
    isInt(v)
      ? `int ${v}`
      : Array.isArray(v)
        ? v.map(typed)
        : typeof v === 'number'
          ? `float ${v}`
          : v;
  const props = (p: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(p)
        .sort()
        .map((k) => [k, typed(p[k])]),
    );
  try {
    const nodes = await session.run(
      'MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.key',
    );
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, b.key AS b, properties(r) AS p ORDER BY r.key',
    );
    return {
      nodes: nodes.records.map((r) => [r.get('l'), props(r.get('p'))]),
      rels: rels.records.map((r) => [r.get('t'), r.get('a'), r.get('b'), props(r.get('p'))]),
    };
  } finally {
    await session.close();
    await conn.driver.close();
  }
}

async function load(graph: TupuGraph, options: LoadOptions) {
  return loadGraph(graph, testConfig(), { server, ...options });
}

/** The answers the server's launcher logged for the imports it ran, oldest first. */
function importAnswers(): string[] {
  const log = readFileSync(logFile(local!.home), 'utf8');
  return [...log.matchAll(/^TUPU_NEO4J import \S+: (.*)$/gm)].map((m) => m[1]!);
}

async function emptyDatabase(): Promise<void> {
  const conn = await connect(testConfig());
  await clearDatabase(conn).finally(() => conn.driver.close());
}

describe.skipIf(!local)('tupu load --mode bulk', () => {
  useTestDatabase();

  it('bulk then merge of a second corpus gives the same database as merge twice; a second load changes nothing', async () => {
    await emptyDatabase();
    const bulk = await load(firstCorpus(), { mode: 'bulk' });
    expect(bulk.mode).toBe('bulk');
    // The importer ran inside the server's JVM (no importer JVM to start) and said so.
    expect(importsInServer((await status(server!)).info!)).toBe(true);
    expect(importAnswers()).toContain('ok');
    const afterBulk = await dump();
    const again = await load(firstCorpus(), { mode: 'auto' });
    expect(again.mode).toBe('merge');
    expect(await dump()).toEqual(afterBulk);
    await load(secondCorpus(), { mode: 'auto' });
    const bulkThenMerge = await dump();

    await emptyDatabase();
    await load(firstCorpus(), { mode: 'merge' });
    expect(await dump()).toEqual(afterBulk);
    await load(secondCorpus(), { mode: 'merge' });
    expect(await dump()).toEqual(bulkThenMerge);
  }, 600_000);

  it('tupu load --mode bulk says that the server opens the imported database, not that it restarts', async () => {
    await emptyDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'tupu-bulk-cli-'));
    try {
      await writeGraphFile(join(dir, 'g.json'), smallGraph());
      const run = spawnSync(
        process.execPath,
        ['bin/tupu.js', 'load', join(dir, 'g.json'), '--mode', 'bulk'],
        {
          env: {
            ...process.env,
            NEO4J_URI: testConfig().uri,
            TUPU_NEO4J_HOME: local!.home,
            TUPU_NEO4J_PORT: String(local!.port),
          },
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/\(bulk import: empty local database\)/);
      expect(run.stderr).toContain(
        'the local server opens the imported database in place of its own',
      );
      expect(run.stderr).not.toMatch(/restart/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses a database that holds data, and a server that is not the local one', async () => {
    await load(smallGraph(), { mode: 'merge' });
    await expect(load(smallGraph(), { mode: 'bulk' })).rejects.toThrow(
      /^graph\/neo4j: bulk import refused: the database holds \d+ nodes.*MERGE/,
    );
    await expect(load(smallGraph(), { mode: 'bulk', server: undefined })).rejects.toThrow(
      /not the local server/,
    );
  }, 120_000);

  it('a failed import leaves the previous database as it was and serving', async () => {
    await emptyDatabase();
    const before = await dump();
    const answered = importAnswers().length;
    const stop = new AbortController();
    const failed = load(firstCorpus(), {
      mode: 'bulk',
      bulk: { signal: stop.signal },
      onProgress: ({ phase, done }) => {
        if (phase === 'import' && done > 0) stop.abort();
      },
    });
    await expect(failed).rejects.toThrow(/database is unchanged/);
    // The load gave up only once the import in the server's JVM had answered: stopped, or (on a
    // fast machine the import can end before the cancel reaches it) done but not swapped in.
    // The warm-up import that runs while the CSV is written (warmImporter) answers too.
    const answers = importAnswers().slice(answered);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toMatch(/^(failed: cancelled|ok)$/);
    expect(await dump()).toEqual(before);
    expect((await readdir(local!.home)).filter((f) => f.startsWith('bulk-import'))).toEqual([]);
    // The importer's own failure (here: it rejects its memory setting) is reported the same way.
    await expect(load(firstCorpus(), { mode: 'bulk', bulk: { memory: 'plenty' } })).rejects.toThrow(
      /importer failed.*database is unchanged/s,
    );
    expect(await dump()).toEqual(before);
    expect(existsSync(`${local!.home}/data/databases/neo4j`)).toBe(true);
  }, 600_000);

  it('a failure after the swap puts the previous database back and serves it', async () => {
    await emptyDatabase();
    const conn = await connect(testConfig());
    const names = async () => {
      const session = openSession(conn, 'READ');
      try {
        const r = await session.run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
        return r.records.map((x) => x.get('name') as string);
      } finally {
        await session.close();
      }
    };
    // An index only the previous database has: the imported one starts without any.
    const marker = openSession(conn, 'WRITE');
    await marker.run('CREATE INDEX tupu_test_previous IF NOT EXISTS FOR (n:TestMarker) ON (n.x)');
    await marker.close();
    try {
      const before = { indexes: await names(), data: await dump() };
      expect(before.indexes).toContain('tupu_test_previous');
      // The progress callback runs after the swap, where the schema step starts: a failure
      // there stands for any failure of the schema, the fix-ups or the count check.
      const failed = load(firstCorpus(), {
        mode: 'bulk',
        onProgress: ({ phase }) => {
          if (phase === 'schema') throw new Error('test: failure after the swap');
        },
      });
      await expect(failed).rejects.toThrow(/failure after the swap/);
      expect(importAnswers().at(-1)).toBe('ok');
      expect({ indexes: await names(), data: await dump() }).toEqual(before);
      expect((await readdir(local!.home)).filter((f) => f.startsWith('bulk-import'))).toEqual([]);
    } finally {
      const drop = openSession(conn, 'WRITE');
      await drop.run('DROP INDEX tupu_test_previous IF EXISTS').finally(() => drop.close());
      await conn.driver.close();
    }
  }, 300_000);

  it('a database the server cannot open is not swapped in: the previous one serves on', async () => {
    await emptyDatabase();
    await load(smallGraph(), { mode: 'merge' });
    const before = await dump();
    const staging = join(local!.home, 'bulk-import-broken');
    await mkdir(join(staging, 'home/data/databases/neo4j'), { recursive: true });
    await mkdir(join(staging, 'home/data/transactions/neo4j'), { recursive: true });
    await writeFile(join(staging, 'home/data/databases/neo4j/neostore'), 'not a store');
    const info = (await status(server!)).info!;
    try {
      const swap = requestSwap(
        swapFolder(info)!,
        info,
        join(staging, 'home'),
        join(staging, 'previous'),
      );
      await expect(swap).rejects.toThrow(
        /could not open the imported database.*previous database serves again/,
      );
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    expect(await dump()).toEqual(before);
  }, 300_000);
});
