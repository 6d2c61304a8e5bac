/**
 * Bulk load into the local server's empty database with Neo4j's own importer (./importer.ts).
 *
 * Neo4j 5.26 Community serves one user database and cannot stop or create databases by Cypher
 * (`Unsupported administration command`), and the importer writes only into a database that
 * is not open. So:
 *  1. the graph is written as CSV (./bulk-csv.ts) and imported into a staging Neo4j home
 *     beside the server's (the server keeps running and serving meanwhile), by the server's
 *     own JVM when its launcher can (else a separate importer JVM);
 *  2. the running launcher stops the database inside its JVM, moves its two folders
 *     (data/databases/neo4j, data/transactions/neo4j) aside, moves the imported ones in and
 *     starts it again (Bolt keeps listening); launchers from before that feature are stopped
 *     and started instead;
 *  3. constraints and the full-text index are created, and the few elements a CSV cannot
 *     hold exactly are written by the MERGE path.
 * A failure before step 2 leaves the server and its database untouched; a failure in steps
 * 2–3 puts the previous folders back and serves them again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LocalServerOptions } from './config.ts';
import { createTupuGraph } from '../json/index.ts';
import { writeBulkCsv, type BulkCsv } from './bulk-csv.ts';
import { Neo4jError } from './driver.ts';
import {
  BULK_DATABASE,
  importerArguments,
  importInNewJvm,
  importInServer,
  requestImport,
  type ImporterOptions,
} from './importer.ts';
import { isAlive, start, status, stop, type ServerInfo } from './server/process.ts';
import { importsInServer, swapFolder } from './server/server-log.ts';

export { BULK_DATABASE } from './importer.ts';

export interface BulkProgress {
  /** swap: the server opens the imported database in place of its own; restart: an old launcher is restarted on it. */
  step: 'csv' | 'import' | 'swap' | 'restart' | 'schema';
  /** Percent of the import step (the importer's own progress). */
  percent?: number;
}

export interface BulkOptions extends Pick<ImporterOptions, 'memory' | 'signal'> {
  onProgress?: (p: BulkProgress) => void;
  /** Milliseconds per phase, filled as the load goes (for bench/neo4j.ts and the summary). */
  phases?: Record<string, number>;
}

/** Time `work` into `phases[name]` (added up when a phase runs more than once). */
export async function timed<T>(
  phases: Record<string, number> | undefined,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    if (phases) phases[name] = (phases[name] ?? 0) + (performance.now() - t0);
  }
}

/** The running local server's settings, read back from its command line (same heap on restart). */
export function runningServerOptions(base: LocalServerOptions, pid: number): LocalServerOptions {
  let argv: string[] = [];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return base;
  }
  const after = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const heap = argv.find((a) => a.startsWith('-Xmx'))?.slice(4);
  return {
    ...base,
    heap: heap ?? base.heap,
    pageCache: after('--pagecache') ?? base.pageCache,
  };
}

/**
 * The server's own settings from the environment it was started with (auth, LOAD CSV), so the
 * restarted server is the same server whatever the environment of `tupu load`.
 */
function serverEnvironment(pid: number): Record<string, string> {
  try {
    const pairs = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return Object.fromEntries(
      pairs
        .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])
        .filter(([k]) => /^(TUPU_NEO4J_|NEO4J_)/.test(k!)),
    );
  } catch {
    return {};
  }
}

/** Start with `env` in process.env (the launcher's child inherits it), then put it back. */
async function startWith(settings: LocalServerOptions, env: Record<string, string>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    await start(settings);
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

const databaseDirs = (home: string) => [
  join(home, 'data', 'databases', BULK_DATABASE),
  join(home, 'data', 'transactions', BULK_DATABASE),
];

/**
 * Import `csv` into a new database and swap it in for the server's at `server.home`.
 * `afterStart` runs on the server once it serves the imported database (constraints, fix-ups);
 * if it throws, the previous database is put back.
 */
export async function importAndSwap(
  csv: BulkCsv,
  staging: string,
  server: LocalServerOptions,
  options: BulkOptions,
  afterStart: () => Promise<void>,
): Promise<void> {
  const progress = options.onProgress ?? (() => undefined);
  const importHome = join(staging, 'home');
  await mkdir(importHome, { recursive: true });
  progress({ step: 'import', percent: 0 });
  const phases = options.phases;
  const current = await status(server);
  if (!current.info) throw new Neo4jError(`the local server at ${server.home} is not running`);
  const swapDir = swapFolder(current.info);
  const args = importerArguments(
    csv,
    staging,
    options.memory ?? process.env.TUPU_NEO4J_IMPORT_MEMORY ?? '1g',
  );
  const importer: ImporterOptions = {
    signal: options.signal,
    phases,
    onPercent: (percent) => progress({ step: 'import', percent }),
  };
  await timed(phases, 'import', () =>
    swapDir && importsInServer(current.info!)
      ? importInServer(swapDir, current.info!, importHome, args, importer)
      : importInNewJvm(server.libDir, importHome, args, importer),
  );

  if (!isAlive(current.info))
    throw new Neo4jError(`the local server at ${server.home} stopped during the import`);
  if (swapDir) {
    // The launcher reopens the database on the imported folders inside its JVM (no restart).
    progress({ step: 'swap' });
    const previous = join(staging, 'previous');
    await timed(phases, 'swap', () => requestSwap(swapDir, current.info!, importHome, previous));
    try {
      progress({ step: 'schema' });
      await afterStart();
    } catch (e) {
      await requestSwap(swapDir, current.info, previous, join(staging, 'failed'));
      throw e;
    }
    return;
  }
  const settings = runningServerOptions(server, current.info.pid);
  const env = serverEnvironment(current.info.pid);
  progress({ step: 'restart' });
  await timed(phases, 'stop', () => stop(settings));
  const live = databaseDirs(server.home);
  const aside = databaseDirs(join(staging, 'previous'));
  for (const dir of [...live, ...aside]) await mkdir(dirname(dir), { recursive: true });
  const imported = databaseDirs(importHome);
  let swapped = false;
  try {
    for (let i = 0; i < live.length; i++)
      if (existsSync(live[i]!)) await rename(live[i]!, aside[i]!);
    for (let i = 0; i < live.length; i++) await rename(imported[i]!, live[i]!);
    swapped = true;
    await timed(phases, 'start', () => startWith(settings, env));
    progress({ step: 'schema' });
    await afterStart();
  } catch (e) {
    // Put the previous database back and serve it again; then report the first failure.
    await stop(settings).catch(() => undefined);
    if (swapped) for (const dir of live) await rm(dir, { recursive: true, force: true });
    for (let i = 0; i < live.length; i++)
      if (existsSync(aside[i]!) && !existsSync(live[i]!)) await rename(aside[i]!, live[i]!);
    await startWith(settings, env).catch(() => undefined);
    throw e;
  }
}

/**
 * Ask the running launcher to serve the database in `from` (a Neo4j home) and move its current
 * one into `aside`; waits for its answer. The launcher puts the previous database back itself
 * when the new one does not open (graph/neo4j/server/TupuNeo4j.java).
 */
export async function requestSwap(
  swapDir: string,
  info: ServerInfo,
  from: string,
  aside: string,
): Promise<void> {
  await mkdir(swapDir, { recursive: true });
  const name = `${process.pid}-${Date.now()}`;
  const result = join(swapDir, `${name}.result`);
  await writeFile(join(swapDir, `${name}.tmp`), `${from}\n${aside}\n`);
  await rename(join(swapDir, `${name}.tmp`), join(swapDir, `${name}.request`));
  const deadline = Date.now() + SWAP_TIMEOUT_MS;
  while (!existsSync(result)) {
    if (!isAlive(info) || Date.now() > deadline)
      throw new Neo4jError(
        `the local server ${isAlive(info) ? 'did not answer' : 'stopped'} while opening the imported database`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
  const answer = (await readFile(result, 'utf8')).trim();
  await rm(result, { force: true });
  if (answer !== 'ok')
    throw new Neo4jError(
      `the local server could not open the imported database (${answer.replace(/^failed: /, '')}); the previous database serves again`,
    );
}

/** How long the launcher may take to stop, swap and reopen the database. */
const SWAP_TIMEOUT_MS = 10 * 60_000;

/**
 * Start a tiny import in the running server (two nodes, one relationship, in the same CSV
 * shapes), to load and link the importer's classes while this process writes the real CSV: a
 * tiny import took 4.1 s cold and 1.7 s warm at load 20. `done` resolves when it has finished,
 * with whatever result (a failed warm-up only means a colder import); undefined for servers
 * that import in a JVM of their own. The request is on disk when this returns: the CSV that
 * follows blocks the event loop, and a request written after it reached the server together
 * with the real import (the importers' logs showed both starting at the same moment, sharing
 * the cold start instead of hiding it behind the CSV).
 */
export async function warmImporter(
  server: LocalServerOptions,
  staging: string,
): Promise<{ done: Promise<void> } | undefined> {
  const info = (await status(server)).info;
  const swapDir = info && swapFolder(info);
  if (!info || !swapDir || !importsInServer(info)) return undefined;
  const dir = join(staging, 'warm');
  await mkdir(join(dir, 'csv'), { recursive: true });
  const g = createTupuGraph();
  g.addNode('article:warm', { type: 'article', label: '预热', articles: ['article:warm'] });
  g.addNode('person:warm', { type: 'person', label: '预热', aliases: ['预热'], mentions: 1 });
  g.addEdgeWithKey('warm', 'article:warm', 'person:warm', {
    type: 'MENTIONS',
    count: 1,
    evidence: [{ article: 'article:warm', sentence: '预热。' }],
  });
  const csv = await writeBulkCsv(g, join(dir, 'csv'));
  const args = importerArguments(csv, dir, '64m');
  const requested = await requestImport(swapDir, info, join(dir, 'home'), args, {});
  // Wrapped: a promise returned from an async function would be waited for here.
  return { done: requested.done.catch(() => undefined) };
}

/** Where the staging folder for a bulk load of the server at `home` goes (same disk: renames). */
export function stagingDir(home: string): string {
  return join(home, `bulk-import-${process.pid}`);
}
