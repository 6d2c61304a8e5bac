/**
 * npm run bench:neo4j-warmth — the same bulk load several times on one server, to split the
 * bulk path's time into cold code and work: the first load meets the server's JVM with the
 * importer's and the index population's code not yet compiled, the later ones find it
 * compiled (each later load imports into a new folder, so its page cache is as cold as the
 * first's). Between loads the database is emptied and its schema dropped, so each load is a
 * bulk load into an empty database as `tupu load` does it.
 *
 *   npm run bench:neo4j-warmth -- [--loads 3] [--blocks 80] [--seed 42]
 */
import { loadavg } from 'node:os';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localServerOptions } from '../graph/neo4j/config.ts';
import { connect, openSession } from '../graph/neo4j/driver.ts';
import { loadGraph } from '../graph/neo4j/loader.ts';
import { stop } from '../graph/neo4j/server/process.ts';
import { startWarm } from '../graph/neo4j/warm.ts';
import { syntheticGraph } from '../tests/kit/news-graph.ts';
import { freePort } from '../tests/setup/neo4j.ts';

const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '3' },
    blocks: { type: 'string', default: '80' },
    seed: { type: 'string', default: '42' },
  },
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  if (process.env.NEO4J_URI)
    throw new Error('bench/neo4j-bulk-warmth: runs its own local server; unset NEO4J_URI');
  const opts = localServerOptions({ home: resolve('.tupu/neo4j-warmth'), port: await freePort() });
  await stop(opts);
  await rm(opts.home, { recursive: true, force: true });
  await startWarm(opts, (l) => console.error(l));
  const config = { uri: `bolt://${opts.host}:${opts.port}` };
  const graph = syntheticGraph({ blocks: Number(args.blocks), seed: Number(args.seed) });
  try {
    for (let i = 1; i <= Number(args.loads); i++) {
      const result = await loadGraph(graph, config, { mode: 'bulk', server: opts });
      const phases = Object.entries(result.phases ?? {})
        .map(([k, ms]) => `${k} ${seconds(ms)}s`)
        .join(', ');
      console.log(
        `bulk ${i}: ${seconds(result.ms)}s (${phases}); load average ${loadavg()[0]!.toFixed(1)}`,
      );
      // Empty the database and drop its schema: the next load is a first load's bulk again.
      const conn = await connect(config);
      const session = openSession(conn, 'WRITE');
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
        for (const r of (await session.run('SHOW CONSTRAINTS YIELD name')).records)
          await session.run(`DROP CONSTRAINT ${r.get('name')}`);
        const indexes = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'";
        for (const r of (await session.run(indexes)).records)
          await session.run(`DROP INDEX ${r.get('name')}`);
      } finally {
        await session.close();
        await conn.driver.close();
      }
    }
  } finally {
    await stop(opts);
    await rm(opts.home, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
