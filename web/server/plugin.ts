/**
 * Vite plugin for the explorer: serves the default graph as /graph.json (read fresh on each
 * request, so a re-ingest shows on reload), emits it into a build, and exposes the small API:
 * GET /api/status and POST /api/cypher (read-only Cypher through a runner given by `tupu serve`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/** Runs one read-only Cypher query and returns a graphology JSON export of what it returned. */
export type CypherRunner = (query: string) => Promise<unknown>;

export interface TupuPluginOptions {
  graphPath: string;
  cypher?: CypherRunner | null;
  /** Why Cypher is unavailable (shown in the box). */
  cypherReason?: string;
}

const MAX_QUERY_BYTES = 64 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_QUERY_BYTES) reject(new Error('query too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function middlewares(options: TupuPluginOptions): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split('?')[0];
    if (url === '/graph.json') {
      if (!existsSync(options.graphPath))
        return sendJson(res, 404, { error: `no graph at ${options.graphPath}` });
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      return res.end(readFileSync(options.graphPath));
    }
    if (url === '/api/status') {
      return sendJson(res, 200, {
        cypher: !!options.cypher,
        reason: options.cypher ? undefined : options.cypherReason,
      });
    }
    if (url === '/api/cypher') return void handleCypher(options, req, res);
    next();
  };
}

async function handleCypher(
  options: TupuPluginOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST')
    return sendJson(res, 405, { error: 'POST a JSON body {"query": "..."}' });
  if (!options.cypher)
    return sendJson(res, 503, {
      error: options.cypherReason ?? 'Neo4j is not connected (run tupu serve --neo4j)',
    });
  let query: unknown;
  try {
    query = (JSON.parse(await readBody(req)) as { query?: unknown }).query;
  } catch (e) {
    return sendJson(res, 400, { error: `bad request: ${(e as Error).message}` });
  }
  if (typeof query !== 'string' || !query.trim())
    return sendJson(res, 400, { error: 'empty query' });
  try {
    sendJson(res, 200, { graph: await options.cypher(query) });
  } catch (e) {
    sendJson(res, 400, { error: (e as Error).message });
  }
}

export function tupuPlugin(options: TupuPluginOptions): Plugin {
  const handler = middlewares(options);
  return {
    name: 'tupu-explorer',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
    generateBundle() {
      if (existsSync(options.graphPath))
        this.emitFile({
          type: 'asset',
          fileName: 'graph.json',
          source: readFileSync(options.graphPath),
        });
    },
  };
}
