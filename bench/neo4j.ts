/**
 * npm run bench:neo4j — load speed into a real Neo4j, every path in one run:
 *
 * - first load: the seeds graph (ingested from seeds/, or --seeds graph.json) loaded as
 *   `tupu load` does it into a server started as `tupu neo4j start` does it (schema and
 *   statements warmed), fresh each time; median of --first-loads runs (default 3);
 * - row by row: the first block of the synthetic graph, a self-contained 5k slice (1,250
 *   nodes, 3,750 edges), one transaction per element, same statements, on a server of its own;
 * - batched MERGE: a seeded synthetic graph of 100k nodes / 300k edges (tests/kit/news-graph.ts),
 *   UNWIND batches, one executeWrite per batch, into an empty database;
 * - bulk: the same graph with --mode bulk (CSV, Neo4j's importer in the server's JVM, the swap
 *   of the imported database into the running server, constraints), on MERGE's server after
 *   MERGE, wall time from the call to the database ready, and the importer's share.
 * For MERGE and bulk, where the server's JVM spent the time (./neo4j-jvm.ts).
 *
 * Prints elements/s and the ratios, writes bench/out/neo4j.json. Uses its own local server
 * (.tupu/neo4j-bench, wiped); bulk needs a local server, so NEO4J_URI is not supported here.
 *
 *   npm run bench:neo4j -- [--blocks 80] [--batch 10000] [--seed 42] [--warmup 4] [--first-loads 3] [--seeds graph.json] [--first-load-only] [--warm-merge]
 *
 * Servers are started as `tupu neo4j start` starts them by default (bulk warm-up, no MERGE
 * warm-up); --warm-merge starts them as `tupu neo4j start --warm-merge` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTupuGraph, type TupuGraph } from '../graph/json/index.ts';
import { readGraphFile } from '../graph/json/file.ts';
import {
  DEFAULT_BATCH_SIZE,
  localServerOptions,
  type LocalServerOptions,
} from '../graph/neo4j/config.ts';
import { connect, openSession, type Neo4jConnection } from '../graph/neo4j/driver.ts';
import {
  DEFAULT_CONCURRENCY,
  edgeBatches,
  loadGraph,
  nodeBatches,
  writeBatch,
  type NodeIds,
} from '../graph/neo4j/loader.ts';
import { status, stop, type ServerInfo } from '../graph/neo4j/server/process.ts';
import { startWarm } from '../graph/neo4j/warm.ts';
import { settleBulkWarmUp } from '../graph/neo4j/warm-bulk.ts';
import { BLOCK_EDGES, BLOCK_NODES, syntheticGraph } from '../tests/kit/news-graph.ts';
import { freePort } from '../tests/setup/neo4j.ts';
import { clientGc, jvmDelta, snapshotJvm } from './neo4j-jvm.ts';

const { values: args } = parseArgs({
  options: {
    blocks: { type: 'string', default: '80' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    seed: { type: 'string', default: '42' },
    warmup: { type: 'string', default: '4' },
    'first-loads': { type: 'string', default: '3' },
    /** Only the first-load measurement (a few minutes instead of half an hour). */
    'first-load-only': { type: 'boolean', default: false },
    /** Which measurements, comma-separated: first, row, merge, bulk (default all). */
    paths: { type: 'string', default: 'first,row,merge,bulk' },
    seeds: { type: 'string' },
    /** Servers started with the MERGE warm-up (`tupu neo4j start --warm-merge`). */
    'warm-merge': { type: 'boolean', default: false },
  },
});

async function clear(conn: Neo4jConnection): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

/** CPU seconds used so far by a process (Linux /proc), or NaN where it cannot be read. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Where the time goes: microseconds of CPU per element in this process and in the server. */
interface CpuSplit {
  clientUs: number;
  serverUs: number;
}

/** Batched load, as `tupu load` does it; seconds from the first batch to the last, and CPU. */
async function loadBatched(
  conn: Neo4jConnection,
  graph: TupuGraph,
  batch: number,
  concurrency: number,
  serverPid?: number,
): Promise<{ seconds: number; cpu: CpuSplit }> {
  let t0 = 0;
  let client = process.cpuUsage();
  let server = cpuSecondsOf(serverPid);
  await loadGraph(graph, conn, {
    batchSize: batch,
    concurrency,
    onProgress: ({ phase }) => {
      if (phase !== 'nodes' || t0 !== 0) return;
      t0 = performance.now();
      client = process.cpuUsage();
      server = cpuSecondsOf(serverPid);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(client);
  const elements = graph.order + graph.size;
  const cpu = {
    clientUs: (used.user + used.system) / elements,
    serverUs: ((cpuSecondsOf(serverPid) - server) * 1e6) / elements,
  };
  return { seconds, cpu };
}

/** One transaction per node and per edge, same statements. */
async function loadRowByRow(conn: Neo4jConnection, graph: TupuGraph): Promise<number> {
  const singles = [...nodeBatches(graph, 1), ...edgeBatches(graph, 1)];
  const ids: NodeIds = new Map();
  const t0 = performance.now();
  for (const b of singles) await writeBatch(conn, b, ids);
  return (performance.now() - t0) / 1000;
}

/** The first block: its nodes and edges come first in insertion order and form a closed slice. */
function firstBlock(graph: TupuGraph): TupuGraph {
  const slice = createTupuGraph();
  graph
    .nodes()
    .slice(0, BLOCK_NODES)
    .forEach((k) => slice.addNode(k, graph.getNodeAttributes(k)));
  graph
    .edges()
    .slice(0, BLOCK_EDGES)
    .forEach((e) => {
      slice.addEdgeWithKey(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
    });
  return slice;
}

const rate = (n: number, s: number) => Math.round(n / s);
const fmt = (n: number) => n.toLocaleString('en-US');
const describe = (run: { seconds: number; cpu: CpuSplit }, elements: number) =>
  `${fmt(elements)} elements in ${run.seconds.toFixed(1)}s = ${fmt(rate(elements, run.seconds))} elements/s; ` +
  `CPU per element: client ${run.cpu.clientUs.toFixed(0)} µs, server ${run.cpu.serverUs.toFixed(0)} µs`;

/** The seeds graph: --seeds, or `tupu ingest seeds` into bench/out. */
function seedsGraph(): Promise<TupuGraph> {
  if (args.seeds) return readGraphFile(args.seeds);
  const out = resolve('bench/out/seeds.json');
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('node', ['bin/tupu.js', 'ingest', 'seeds', '-q', '-o', out], { stdio: 'inherit' });
  return readGraphFile(out);
}

/** A wiped home, a server started and warmed as `tupu neo4j start` does; seconds to ready. */
async function freshServer(
  opts: LocalServerOptions,
): Promise<{ seconds: number; pid: number; info: ServerInfo }> {
  await stop(opts);
  await rm(opts.home, { recursive: true, force: true });
  const t0 = performance.now();
  const { info } = await startWarm(opts, (l) => console.error(l), {
    warmMerge: args['warm-merge'],
  });
  return { seconds: (performance.now() - t0) / 1000, pid: info.pid, info };
}

/**
 * A fresh server as a user has it some time after `tupu neo4j start`: its bulk warm-up
 * (graph/neo4j/warm-bulk.ts) finished, and, with `mergeWarmUp`, a small graph loaded by MERGE
 * and deleted (the JVM compiles its hot paths: the steady state is measured, not the JIT).
 */
async function preparedServer(
  opts: LocalServerOptions,
  config: { uri: string },
  batch: number,
  concurrency: number,
  mergeWarmUp = true,
): Promise<{ conn: Neo4jConnection; serverPid: number; warmUpSeconds: number }> {
  const server = await freshServer(opts);
  const serverPid = server.pid;
  const t0 = performance.now();
  const warmUp = await settleBulkWarmUp(server.info);
  const warmUpSeconds = (performance.now() - t0) / 1000;
  const after = snapshotJvm(serverPid);
  console.log(
    `bulk warm-up of the server: ${warmUp ?? 'none'}, ${warmUpSeconds.toFixed(1)}s after start; ` +
      `heap ${after.gc.heapUsedMb.toFixed(0)} of ${after.gc.heapCapacityMb.toFixed(0)} MB in use, ` +
      `code cache ${(after.codeCache.usedKb / 1024).toFixed(0)} of ${(after.codeCache.maxKb / 1024).toFixed(0)} MB`,
  );
  const conn = await connect(config);
  if (mergeWarmUp) {
    const warmGraph = syntheticGraph({ blocks: Number(args.warmup), seed: Number(args.seed) + 2 });
    const warm = await loadBatched(conn, warmGraph, batch, concurrency, serverPid);
    console.log(`warm-up (cold server): ${describe(warm, warmGraph.order + warmGraph.size)}`);
    await clear(conn);
  }
  return { conn, serverPid, warmUpSeconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const paths = new Set((args['first-load-only'] ? 'first' : args.paths).split(','));

async function main(): Promise<void> {
  if (process.env.NEO4J_URI)
    throw new Error('bench/neo4j: runs its own local server (bulk needs one); unset NEO4J_URI');
  const blocks = Number(args.blocks);
  const batch = Number(args.batch);
  const concurrency = Number(args.concurrency);
  let t = performance.now();
  const graph = args['first-load-only']
    ? createTupuGraph()
    : syntheticGraph({ blocks, seed: Number(args.seed) });
  const slice = firstBlock(graph);
  const elements = graph.order + graph.size;
  console.log(
    `synthetic graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges (seed ${args.seed}), built in ${((performance.now() - t) / 1000).toFixed(1)}s`,
  );
  const seeds = await seedsGraph();
  const opts = localServerOptions({ home: resolve('.tupu/neo4j-bench'), port: await freePort() });
  const config = { uri: `bolt://${opts.host}:${opts.port}` };
  console.log(`load average at the start: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log(`servers started with${args['warm-merge'] ? '' : 'out'} the MERGE warm-up`);

  try {
    // First load of the seeds on a freshly started (and warmed) server, as a user meets it.
    const firstLoads: number[] = [];
    const starts: number[] = [];
    for (let i = 0; paths.has('first') && i < Number(args['first-loads']); i++) {
      starts.push((await freshServer(opts)).seconds);
      const result = await loadGraph(seeds, config, { server: opts });
      firstLoads.push(result.ms / 1000);
      console.log(
        `first load of the seeds (${seeds.order} nodes, ${seeds.size} edges) on a fresh server: ${(result.ms / 1000).toFixed(1)}s (${result.mode}; server start and warm-up ${starts.at(-1)!.toFixed(1)}s)`,
      );
    }

    if (!paths.has('row') && !paths.has('merge') && !paths.has('bulk')) {
      const median3 = median(firstLoads).toFixed(1);
      console.log(`first load of the seeds: median ${median3}s of ${firstLoads.length}`);
      return;
    }
    // Row by row runs on a server of its own: its 5,000 one-element transactions change the
    // JVM that the paths after it run in (docs/neo4j.md, round neo20: in one server, the
    // full run's MERGE was faster and its bulk slower than with `--paths merge,bulk`), and no
    // `tupu load` writes that way. MERGE and then bulk share one, as a user's server would.
    let rowSeconds = NaN;
    if (paths.has('row')) {
      const { conn } = await preparedServer(opts, config, batch, concurrency);
      try {
        rowSeconds = await loadRowByRow(conn, slice);
        console.log(
          `row by row: ${fmt(slice.order + slice.size)} elements in ${rowSeconds.toFixed(1)}s = ${fmt(rate(slice.order + slice.size, rowSeconds))} elements/s`,
        );
      } finally {
        await conn.driver.close();
      }
    }
    let batched: { seconds: number; cpu: CpuSplit } = {
      seconds: NaN,
      cpu: { clientUs: NaN, serverUs: NaN },
    };
    const prepared = await preparedServer(opts, config, batch, concurrency, paths.has('merge'));
    const { serverPid, warmUpSeconds } = prepared;
    try {
      if (paths.has('merge')) {
        const jvm = snapshotJvm(serverPid);
        batched = await loadBatched(prepared.conn, graph, batch, concurrency, serverPid);
        console.log(
          `batched MERGE (${fmt(batch)} rows per transaction): ${describe(batched, elements)}`,
        );
        console.log(
          `batched MERGE, in the server's JVM: ${jvmDelta(jvm, snapshotJvm(serverPid)).line}`,
        );
        await clear(prepared.conn);
      }
    } finally {
      await prepared.conn.driver.close();
    }

    // Bulk: the same graph into the now empty database, which the server swaps in place.
    // CPU seconds of the bulk load in the server and here: less moved by the neighbours' load
    // than its wall time (the JIT's compiling is in the server's share).
    const bulkCpu0 = { server: cpuSecondsOf(serverPid), client: process.cpuUsage() };
    const jvm0 = snapshotJvm(serverPid);
    const gc = clientGc();
    const bulk = paths.has('bulk')
      ? await loadGraph(graph, config, { mode: 'bulk', server: opts })
      : { ms: NaN, phases: {} as Record<string, number> };
    const bulkClient = process.cpuUsage(bulkCpu0.client);
    const clientGcSeconds = await gc.stop();
    const bulkJvm = jvmDelta(jvm0, snapshotJvm(serverPid));
    const bulkCpu = {
      server: cpuSecondsOf(serverPid) - bulkCpu0.server,
      client: (bulkClient.user + bulkClient.system) / 1e6,
    };
    const bulkSeconds = bulk.ms / 1000;
    const bulkPhases = Object.fromEntries(
      Object.entries(bulk.phases ?? {}).map(([k, ms]) => [k, Math.round(ms) / 1000]),
    );
    const importSeconds = bulkPhases.import ?? NaN;
    // 'import: importer' is the importer's own time, part of 'import'.
    const accounted = Object.entries(bulkPhases)
      .filter(([k]) => !k.includes(':'))
      .reduce((a, [, b]) => a + b, 0);
    console.log(
      `bulk: ${fmt(elements)} elements in ${bulkSeconds.toFixed(1)}s = ${fmt(rate(elements, bulkSeconds))} elements/s ` +
        `(${Object.entries(bulkPhases)
          .map(([k, s]) => `${k} ${s.toFixed(1)}s`)
          .join(', ')}, other ${(bulkSeconds - accounted).toFixed(1)}s); ` +
        `CPU: server ${bulkCpu.server.toFixed(1)}s, client ${bulkCpu.client.toFixed(1)}s (GC ${clientGcSeconds.toFixed(2)}s)`,
    );
    console.log(`bulk, in the server's JVM: ${bulkJvm.line}`);

    const rowRate = rate(slice.order + slice.size, rowSeconds);
    const batchRate = rate(elements, batched.seconds);
    const bulkRate = rate(elements, bulkSeconds);
    console.log(
      `ratios: bulk / batched MERGE ${(bulkRate / batchRate).toFixed(1)}x; batched MERGE / row by row ${(batchRate / rowRate).toFixed(1)}x; ` +
        `first load of the seeds: median ${median(firstLoads).toFixed(1)}s of ${firstLoads.length}; ` +
        `load average at the end: ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
    );
    const report = {
      date: new Date().toISOString(),
      nodes: graph.order,
      edges: graph.size,
      batch,
      concurrency,
      firstLoadSeconds: firstLoads,
      firstLoadMedian: median(firstLoads),
      serverStartSeconds: starts,
      bulkWarmUpSeconds: warmUpSeconds,
      warmMerge: args['warm-merge'],
      rowSeconds,
      rowRate,
      batchSeconds: batched.seconds,
      batchRate,
      clientCpuUsPerElement: batched.cpu.clientUs,
      serverCpuUsPerElement: batched.cpu.serverUs,
      bulkSeconds,
      bulkImporterSeconds: importSeconds,
      bulkPhases,
      bulkCpuSeconds: { ...bulkCpu, clientGc: clientGcSeconds },
      bulkServerJvm: bulkJvm.json,
      bulkRate,
      bulkOverBatched: bulkRate / batchRate,
      batchedOverRow: batchRate / rowRate,
      loadAverage: readFileSync('/proc/loadavg', 'utf8').trim(),
    };
    await mkdir('bench/out', { recursive: true });
    await writeFile('bench/out/neo4j.json', JSON.stringify(report, null, 2) + '\n');
  } finally {
    if ((await status(opts)).info) await stop(opts);
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
