/** `tupu serve`: the web explorer (Vite) on a graph JSON, with a read-only Cypher endpoint when Neo4j is reachable. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ViteDevServer } from 'vite';
import { configFromEnv } from '../graph/neo4j/config.ts';
import { DEFAULT_LIMITS, limitsFromEnv, positive } from '../graph/neo4j/guard.ts';
import type { CypherConnection } from '../web/server/cypher.ts';

export interface ServeOptions {
  graph: string;
  neo4j?: boolean;
  port?: number;
  host?: string;
  open?: boolean;
  /** Seconds before a Cypher box query is cancelled (default 30, or TUPU_QUERY_TIMEOUT). */
  queryTimeout?: string;
  /** Rows a Cypher box query may return (default 10,000, or TUPU_QUERY_MAX_ROWS). */
  maxRows?: string;
}

export interface RunningExplorer {
  server: ViteDevServer;
  url: string;
  close(): Promise<void>;
}

/** Cypher is on with --neo4j or when NEO4J_URI is set; otherwise the box explains how to connect. */
async function cypherFor(options: ServeOptions): Promise<CypherConnection> {
  if (!options.neo4j && !process.env.NEO4J_URI)
    return { runner: null, reason: 'started without --neo4j', close: async () => undefined };
  const env = limitsFromEnv(process.env, DEFAULT_LIMITS);
  const limits = {
    timeoutMs: positive(options.queryTimeout, '--query-timeout', 1000) ?? env.timeoutMs,
    maxRows: positive(options.maxRows, '--max-rows', 1) ?? env.maxRows,
  };
  const { connectCypher } = await import('../web/server/cypher.ts');
  const conn = await connectCypher(configFromEnv(), { limits });
  if (conn.reason) console.error(`tupu serve: Cypher box disabled: ${conn.reason}`);
  return conn;
}

export async function serveExplorer(options: ServeOptions): Promise<RunningExplorer> {
  const graphPath = resolve(options.graph);
  if (!existsSync(graphPath))
    throw new Error(
      `tupu serve: no graph at ${graphPath}; build one with \`tupu ingest seeds --out ${options.graph}\` or run \`npm start\``,
    );
  const cypher = await cypherFor(options);
  const { createServer } = await import('vite');
  const { explorerViteConfig } = await import('../web/server/config.ts');
  const server = await createServer(
    explorerViteConfig({
      graphPath,
      cypher: cypher.runner,
      cypherReason: cypher.reason,
      port: options.port,
      host: options.host,
      open: options.open,
    }),
  );
  await server.listen();
  const url =
    server.resolvedUrls?.local[0] ??
    `http://${options.host ?? '127.0.0.1'}:${options.port ?? 5173}/`;
  console.log(
    `tupu: explorer on ${url} (graph ${graphPath}; Cypher ${cypher.runner ? 'on' : 'off'})`,
  );
  const close = async () => {
    await server.close();
    await cypher.close();
  };
  return { server, url, close };
}

/** Stay up until Ctrl-C, then close Vite and the Neo4j driver. */
export function closeOnSignal(running: RunningExplorer): void {
  const stop = () => void running.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function addServerOptions(command: Command): Command {
  return command
    .option(
      '--neo4j',
      'enable the Cypher box (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, default the local server)',
    )
    .option('-p, --port <port>', 'port', (v) => Number.parseInt(v, 10), 5173)
    .option('--host <host>', 'host to listen on', '127.0.0.1')
    .option('--open', 'open a browser')
    .option('--query-timeout <seconds>', 'Cypher box: cancel a query after this long (default 30)')
    .option('--max-rows <n>', 'Cypher box: rows read per query before it is cut (default 10000)');
}

export function registerServe(program: Command): void {
  addServerOptions(
    program
      .command('serve')
      .description(
        'serve the web explorer on a graph JSON, with a read-only Cypher box when Neo4j is reachable',
      )
      .option('-g, --graph <file>', 'graph JSON to explore', 'graph.json'),
  ).action(async (opts: ServeOptions) => closeOnSignal(await serveExplorer(opts)));
}
