/**
 * npx tsx bench/neo4j-threshold.ts [--blocks 1,4,16,40] [--reps 2] — where bulk import starts to
 * beat batched MERGE into an empty database (sets BULK_MIN_ELEMENTS, graph/neo4j/load-path.ts).
 *
 * One local server, started and warmed as `tupu neo4j start` does it; for each size of the
 * synthetic graph (tests/kit/news-graph.ts, 5,000 elements per block), MERGE and bulk in turn
 * (order alternating between repetitions), the database emptied between loads; wall time of
 * `loadGraph` as `tupu load` runs it (schema, CSV, importer, swap, constraints, checks), with the
 * load average beside each. The importer's code is cold in the first bulk load only (the
 * smallest graph), as in a user's first bulk load; later ones find it compiled.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localServerOptions } from '../graph/neo4j/config.ts';
import { connect, openSession } from '../graph/neo4j/driver.ts';
import { loadGraph } from '../graph/neo4j/loader.ts';
import { stop } from '../graph/neo4j/server/process.ts';
import { startWarm } from '../graph/neo4j/warm.ts';
import { BLOCK_EDGES, BLOCK_NODES, syntheticGraph } from '../tests/kit/news-graph.ts';
import { freePort } from '../tests/setup/neo4j.ts';

const { values: args } = parseArgs({
  options: {
    blocks: { type: 'string', default: '1,4,16,40' },
    reps: { type: 'string', default: '2' },
    seed: { type: 'string', default: '42' },
  },
});
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

async function main(): Promise<void> {
  const opts = localServerOptions({
    home: resolve('.tupu/neo4j-threshold'),
    port: await freePort(),
  });
  await stop(opts);
  await rm(opts.home, { recursive: true, force: true });
  await startWarm(opts, () => undefined);
  const config = { uri: `bolt://${opts.host}:${opts.port}` };
  const conn = await connect(config);
  const clear = async () => {
    const session = openSession(conn, 'WRITE');
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
    } finally {
      await session.close();
    }
  };
  const run = async (graph: ReturnType<typeof syntheticGraph>, mode: 'bulk' | 'merge') => {
    const la = loadAverage();
    const r = await loadGraph(graph, config, { mode, server: opts });
    await clear();
    return { s: r.ms / 1000, la };
  };
  try {
    const sizes = args.blocks.split(',').map(Number);
    console.log('blocks\telements\tmode\tseconds\tload average');
    for (const blocks of sizes) {
      const graph = syntheticGraph({ blocks, seed: Number(args.seed) });
      const elements = blocks * (BLOCK_NODES + BLOCK_EDGES);
      for (let rep = 0; rep < Number(args.reps); rep++) {
        const order: ('bulk' | 'merge')[] = rep % 2 ? ['bulk', 'merge'] : ['merge', 'bulk'];
        for (const mode of order) {
          const { s, la } = await run(graph, mode);
          console.log(`${blocks}\t${elements}\t${mode}\t${s.toFixed(2)}\t${la}`);
        }
      }
    }
  } finally {
    await conn.driver.close();
    await stop(opts);
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
