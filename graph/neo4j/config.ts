/**
 * Where tupu's Neo4j lives. The connection comes from the environment (NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE); the default is the local server that `tupu neo4j start`
 * runs on bolt://127.0.0.1:7687 without auth. Any URI scheme neo4j-driver knows (bolt://,
 * neo4j://, neo4j+s://, bolt+ssc://, ...) is passed through unchanged. Credentials are never
 * stored in the repository: they come from the environment only.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const NEO4J_VERSION = '5.26.30';
export const DEFAULT_PORT = 7687;
export const DEFAULT_HOST = '127.0.0.1';
/** Rows per MERGE transaction, chosen by bench/neo4j.ts (see docs/neo4j.md); here so the CLI reads it without the driver. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  /** Undefined: the server's default database. */
  database?: string;
  /** How long the driver retries a failed transaction (ms); the loader lowers it. */
  maxTransactionRetryTime?: number;
}

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env = process.env): Neo4jConfig {
  const port = Number(env.TUPU_NEO4J_PORT) || DEFAULT_PORT;
  return {
    uri: nonEmpty(env.NEO4J_URI) ?? `bolt://${DEFAULT_HOST}:${port}`,
    user: nonEmpty(env.NEO4J_USER),
    password: nonEmpty(env.NEO4J_PASSWORD),
    database: nonEmpty(env.NEO4J_DATABASE),
    maxTransactionRetryTime: Number(env.TUPU_NEO4J_RETRY_MS) || undefined,
  };
}

/** The URI for printing: never shows a password even if one was put in the URI. */
export function describeTarget(config: Neo4jConfig): string {
  const uri = config.uri.replace(/\/\/[^@/]*@/, '//***@');
  return config.database ? `${uri} (database ${config.database})` : uri;
}

/** Settings of the local server that `tupu neo4j start` runs. */
export interface LocalServerOptions {
  host: string;
  port: number;
  /** Neo4j home: data/ and logs/ live here; survives restarts. */
  home: string;
  /** Folder holding the Neo4j jars from Maven Central. */
  libDir: string;
  /** JVM heap, e.g. "4g". */
  heap: string;
  /** Page cache, e.g. "2g". */
  pageCache: string;
}

/**
 * Sized for a 2-core, 24 GB machine shared with Node, tests and a browser: 4 GB heap
 * (transaction state of 10k-row batches, Cypher planning) and a 2 GB page cache (the
 * 100k/300k bench store is ~0.3 GB, so it stays cached). Override with TUPU_NEO4J_HEAP /
 * TUPU_NEO4J_PAGECACHE.
 */
export function localServerOptions(
  overrides: Partial<LocalServerOptions> = {},
  env: Env = process.env,
): LocalServerOptions {
  return {
    host: DEFAULT_HOST,
    port: Number(env.TUPU_NEO4J_PORT) || DEFAULT_PORT,
    home: resolve(nonEmpty(env.TUPU_NEO4J_HOME) ?? join('.tupu', 'neo4j')),
    libDir: resolve(nonEmpty(env.TUPU_NEO4J_LIB) ?? defaultLibDir()),
    heap: nonEmpty(env.TUPU_NEO4J_HEAP) ?? '4g',
    pageCache: nonEmpty(env.TUPU_NEO4J_PAGECACHE) ?? '2g',
    ...overrides,
  };
}

export function defaultLibDir(): string {
  const cache = nonEmpty(process.env.XDG_CACHE_HOME) ?? join(homedir(), '.cache');
  return join(cache, 'tupu', `neo4j-${NEO4J_VERSION}`);
}

export function localUri(options: Pick<LocalServerOptions, 'host' | 'port'>): string {
  return `bolt://${options.host}:${options.port}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
