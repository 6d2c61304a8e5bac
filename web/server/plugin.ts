/**
 * Vite plugin for the explorer: serves the default graph as /graph.json (read fresh on each
 * request, so a re-ingest shows on reload), emits it into a build, and exposes the small API:
 * GET /api/status and POST /api/cypher (read-only Cypher through a runner given by `tupu serve`),
 * which answers the explorer's own page only (origin.ts) and cancels a query whose client left.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { newToken, refuseForeign, tokenTag } from './origin.ts';

/** What a Cypher query gave: a graphology JSON export, and whether the caps cut it short. */
export interface CypherAnswer {
  graph: unknown;
  truncated: boolean;
  rows: number;
}

/** Runs one read-only Cypher query; `signal` aborts when the browser goes away. */
export type CypherRunner = (
  query: string,
  options?: { signal?: AbortSignal },
) => Promise<CypherAnswer>;

export interface TupuPluginOptions {
  graphPath: string;
  cypher?: CypherRunner | null;
  /** Why Cypher is unavailable (shown in the box). */
  cypherReason?: string;
  /** The page token (default: a new random one per server). */
  token?: string;
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

function middlewares(options: TupuPluginOptions, token: string): Connect.NextHandleFunction {
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
    if (url === '/api/cypher') {
      const refused = refuseForeign(req.headers, token);
      if (refused) return sendJson(res, 403, { error: `web/server: refused: ${refused}` });
      return void handleCypher(options, req, res);
    }
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
  // The browser went away (tab closed, request aborted): cancel the query on the server.
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  try {
    const answer = await options.cypher(query, { signal: gone.signal });
    if (!gone.signal.aborted) sendJson(res, 200, answer);
  } catch (e) {
    if (!gone.signal.aborted) sendJson(res, 400, { error: (e as Error).message });
  }
}

export function tupuPlugin(options: TupuPluginOptions): Plugin {
  const token = options.token ?? newToken();
  const handler = middlewares(options, token);
  return {
    name: 'tupu-explorer',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ ...tokenTag(token), injectTo: 'head' }],
    },
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
