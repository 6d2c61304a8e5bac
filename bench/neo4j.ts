/**
 * npm run bench:neo4j — load speed into a real Neo4j, batched vs row by row, in one run.
 *
 * A seeded synthetic graph of 100k nodes / 300k edges (graph/neo4j/synthetic.ts) is loaded
 * with the batched path (UNWIND batches of MERGE, one executeWrite per batch); its first
 * block, a self-contained 5k slice (1,250 nodes, 3,750 edges), is loaded row by row (the same
 * MERGE statement, one transaction per element) into an empty database. Prints elements/s
 * for both and the ratio; `--sweep 1000,2000,5000,10000` first times batch sizes on a 100k-
 * element sample. Uses its own local server (.tupu/neo4j-bench, wiped) unless NEO4J_URI is
 * set, in which case TUPU_BENCH_WIPE=1 must confirm that database may be emptied.
 *
 *   npm run bench:neo4j -- [--blocks 80] [--batch 5000] [--sweep 1000,5000] [--seed 42] [--warmup 4]
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTupuGraph, type TupuGraph } from '../graph/json/index.ts';
import { configFromEnv, localServerOptions } from '../graph/neo4j/config.ts';
import { connect, openSession, type Neo4jConnection } from '../graph/neo4j/driver.ts';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  edgeBatches,
  ensureSchema,
  loadGraph,
  nodeBatches,
  writeBatch,
} from '../graph/neo4j/loader.ts';
import { start, stop } from '../graph/neo4j/server/process.ts';
import { BLOCK_EDGES, BLOCK_NODES, syntheticGraph } from '../graph/neo4j/synthetic.ts';
import { freePort } from '../tests/setup/neo4j.ts';

const { values: args } = parseArgs({
  options: {
    blocks: { type: 'string', default: '80' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    sweep: { type: 'string' },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    seed: { type: 'string', default: '42' },
    warmup: { type: 'string', default: '4' },
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
  const t0 = performance.now();
  for (const b of singles) await writeBatch(conn, b);
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

async function main(): Promise<void> {
  const blocks = Number(args.blocks);
  const batch = Number(args.batch);
  const concurrency = Number(args.concurrency);
  let t = performance.now();
  const graph = syntheticGraph({ blocks, seed: Number(args.seed) });
  const slice = firstBlock(graph);
  console.log(
    `synthetic graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges (seed ${args.seed}), built in ${((performance.now() - t) / 1000).toFixed(1)}s`,
  );

  const external = Boolean(process.env.NEO4J_URI);
  if (external && process.env.TUPU_BENCH_WIPE !== '1')
    throw new Error(
      'bench/neo4j: NEO4J_URI is set; the bench empties that database, so set TUPU_BENCH_WIPE=1 to confirm',
    );
  const opts = localServerOptions({ home: resolve('.tupu/neo4j-bench'), port: await freePort() });
  let serverPid: number | undefined;
  if (!external) {
    await rm(opts.home, { recursive: true, force: true });
    serverPid = (await start(opts, (l) => console.error(l))).info.pid;
  }
  const config = external ? configFromEnv() : { uri: `bolt://${opts.host}:${opts.port}` };
  const conn = await connect(config);
  try {
    await clear(conn);
    await ensureSchema(conn);
    // Warm-up: Cypher plans each loader statement once (about a second each on this machine)
    // and the JVM compiles its hot paths; measure the steady state, not the planner or the JIT.
    const warmGraph = syntheticGraph({ blocks: Number(args.warmup), seed: Number(args.seed) + 2 });
    const warm = await loadBatched(conn, warmGraph, batch, concurrency, serverPid);
    console.log(`warm-up (cold server): ${describe(warm, warmGraph.order + warmGraph.size)}`);
    const sweep: Record<number, number> = {};
    if (args.sweep) {
      const sample = syntheticGraph({ blocks: 20, seed: Number(args.seed) + 1 });
      for (const size of args.sweep.split(',').map(Number)) {
        await clear(conn);
        const run = await loadBatched(conn, sample, size, concurrency, serverPid);
        sweep[size] = rate(sample.order + sample.size, run.seconds);
        console.log(`sweep: batch ${fmt(size)}: ${describe(run, sample.order + sample.size)}`);
      }
    }
    await clear(conn);
    const rowSeconds = await loadRowByRow(conn, slice);
    const rowRate = rate(slice.order + slice.size, rowSeconds);
    console.log(
      `row by row: ${fmt(slice.order + slice.size)} elements in ${rowSeconds.toFixed(1)}s = ${fmt(rowRate)} elements/s`,
    );

    await clear(conn);
    t = performance.now();
    const batched = await loadBatched(conn, graph, batch, concurrency, serverPid);
    const batchSeconds = batched.seconds;
    const batchRate = rate(graph.order + graph.size, batchSeconds);
    console.log(
      `batched (${fmt(batch)} rows per transaction): ${describe(batched, graph.order + graph.size)}`,
    );
    const ratio = batchRate / rowRate;
    console.log(`ratio: ${ratio.toFixed(1)}x`);
    const report = {
      date: new Date().toISOString(),
      nodes: graph.order,
      edges: graph.size,
      batch,
      concurrency,
      batchSeconds,
      batchRate,
      clientCpuUsPerElement: batched.cpu.clientUs,
      serverCpuUsPerElement: batched.cpu.serverUs,
      slice: slice.order + slice.size,
      rowSeconds,
      rowRate,
      ratio,
      sweep,
    };
    await mkdir('bench/out', { recursive: true });
    await writeFile('bench/out/neo4j.json', JSON.stringify(report, null, 2) + '\n');
  } finally {
    await conn.driver.close();
    if (!external) await stop(opts);
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
