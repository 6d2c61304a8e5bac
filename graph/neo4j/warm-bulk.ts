/**
 * The bulk path's code warmed in the local server's JVM before a first bulk load. A first bulk
 * load on a fresh server spent about 18 s more than a second one on the same server, the JVM
 * compiling the importer's and the index population's code (importer 16 → 8 s, schema
 * 14 → 5 s: docs/neo4j.md, neo18). So after `tupu neo4j start` (./warm.ts) the server imports
 * a throwaway synthetic news graph (../synthetic.ts) into a scratch folder and builds the
 * schema on it in a DBMS of its own (graph/neo4j/server/TupuNeo4j.java, class BulkWarmUp):
 * the user's database is never opened, and the scratch folder is deleted at the end.
 *
 * It runs in the background and competes for the CPU, so a load that arrives meanwhile
 * decides: a MERGE load cancels it (its first seconds are what a first load of a small corpus
 * is), a bulk load writes its CSV beside it and then waits for it (what it compiles is what the
 * import and the schema step would otherwise compile themselves), unless it is still in its
 * grace period: then it has compiled nothing, and the bulk load calls it off too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticGraph } from '../synthetic.ts';
import { writeBulkCsv, type BulkCsv } from './bulk-csv.ts';
import { NEO4J_VERSION, type LocalServerOptions, type Neo4jConfig } from './config.ts';
import { importerArguments } from './importer.ts';
import { isLocalServer } from './load-path.ts';
import { isAlive, status, type ServerInfo } from './server/process.ts';
import { swapFolder, warmsBulk } from './server/server-log.ts';
import { schemaStatements } from './statements.ts';
import { writeMergeWarmUp } from './warm-merge.ts';

/** The request's name in the server's bulk-swap folder (one warm-up per server at a time). */
export const WARM_UP = 'bulk-warm-up';

/**
 * Blocks of the synthetic graph (5,000 elements each): 100k elements, not tuned. A 20k-element
 * warm-up import did not get the hot code compiled (docs/neo4j.md, early morning of
 * 2026-12-03); neo18's warm second load came after 400k; 100k took 35–49 s in the background
 * at load 15–20 and made the importer and the schema step of a bulk load right after it faster.
 */
export const WARM_BLOCKS = 20;

/**
 * The server waits this long before it starts the warm-up: a load that comes right after the
 * start (`tupu neo4j start && tupu load …`) cancels it before it runs. Cancelled while it ran,
 * the importer went on for 8–11 s at load 20, and the first load of the seeds that met it took
 * 19.1 s (16:05–18:00 round in docs/neo4j.md).
 */
export const WARM_GRACE_MS = 10_000;

/**
 * `TUPU_NEO4J_WARM_MERGE=1` (or `tupu neo4j start --warm-merge`) adds the MERGE warm-up
 * (./warm-merge.ts) after the import. Off by default: it costs about 25 CPU-s in the background
 * at every start (the whole warm-up 40 s against about 15 s without, quiet machine), and pays
 * back only when a MERGE load of several 100k elements follows (server CPU per MERGEd element
 * 133 against 179 µs: about 18 s saved on 400k elements). Big first loads go by bulk anyway,
 * and a second corpus merged into a loaded database is usually far smaller.
 */
export const WARM_MERGE_ENV = 'TUPU_NEO4J_WARM_MERGE';

/** Whether `tupu neo4j start` asks for the MERGE warm-up: the flag, else the environment. */
export const warmMergeWanted = (flag?: boolean): boolean =>
  flag ?? ['1', 'true', 'yes', 'on'].includes((process.env[WARM_MERGE_ENV] ?? '').toLowerCase());

const files = (info: ServerInfo) => {
  const dir = swapFolder(info)!;
  const at = (ext: string) => join(dir, `${WARM_UP}.${ext}`);
  return { dir, at, running: at('running'), waiting: at('waiting'), result: at('result') };
};

/**
 * Ask the running server to warm its bulk path; returns at once (false when its launcher
 * cannot). The CSV is written here, with the loader's own writer, so the shapes are a real
 * load's; the `.running` marker is written before the request, so no load can miss it, and
 * `.waiting` with it: the server removes that one when its grace period ends and the import
 * starts. With `merge` (or a `mergeFile` of batches, for tests), the warm-up then also MERGEs
 * a throwaway graph (./warm-merge.ts): off unless asked, see WARM_MERGE_ENV.
 */
export async function requestBulkWarmUp(
  info: ServerInfo,
  options: {
    blocks?: number;
    cacheRoot?: string;
    graceMs?: number;
    merge?: boolean;
    mergeFile?: string;
  } = {},
): Promise<boolean> {
  if (!warmsBulk(info)) return false;
  const f = files(info);
  if (existsSync(f.running)) return true;
  const scratch = join(info.home, WARM_UP);
  await rm(scratch, { recursive: true, force: true });
  await rm(f.result, { force: true });
  const blocks = options.blocks ?? WARM_BLOCKS;
  const { csv, dir } =
    (options.cacheRoot && (await cachedCsv(options.cacheRoot, blocks))) ||
    (await writeCsv(blocks, join(scratch, 'csv')));
  const args = importerArguments(csv, scratch, '256m');
  await mkdir(f.dir, { recursive: true });
  await writeFile(f.waiting, '');
  await writeFile(f.running, `${process.pid}\n`);
  // In the order ensureSchema (./loader.ts) creates them: the full-text index first.
  const schema = schemaStatements().sort(
    (a, b) => Number(b.includes('FULLTEXT')) - Number(a.includes('FULLTEXT')),
  );
  const grace = String(options.graceMs ?? WARM_GRACE_MS);
  const mergeFile =
    options.mergeFile ?? (options.merge ? await mergeBatchesIn(dir, blocks) : undefined);
  const merge = mergeFile ? ['--merge', mergeFile] : [];
  await writeFile(
    f.at('tmp'),
    [scratch, grace, ...args, '--schema', ...schema, ...merge].join('\n'),
  );
  await rename(f.at('tmp'), f.at('warm'));
  return true;
}

/** Is a warm-up running in this server? */
export function bulkWarmUpRunning(info: ServerInfo): boolean {
  const dir = swapFolder(info);
  return dir !== undefined && existsSync(join(dir, `${WARM_UP}.running`)) && isAlive(info);
}

/** Is a warm-up in its grace period (requested, nothing imported or compiled yet)? */
export function bulkWarmUpWaiting(info: ServerInfo): boolean {
  const dir = swapFolder(info);
  return (
    dir !== undefined && existsSync(join(dir, `${WARM_UP}.waiting`)) && bulkWarmUpRunning(info)
  );
}

/**
 * Wait until no warm-up runs (after cancelling it, with `cancel`); returns its answer ("ok",
 * "failed: cancelled", …), or undefined when none ran. Its scratch folder is gone by then.
 * With `cancel` and `wait: false`, only asks for the cancel.
 */
export async function settleBulkWarmUp(
  info: ServerInfo,
  options: { cancel?: boolean; wait?: boolean; timeoutMs?: number } = {},
): Promise<string | undefined> {
  if (!swapFolder(info)) return undefined;
  const f = files(info);
  if (!existsSync(f.running)) return undefined;
  if (options.cancel) await writeFile(f.at('cancel'), '');
  if (options.cancel && options.wait === false) return 'cancel asked';
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  while (existsSync(f.running) && isAlive(info) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  if (!isAlive(info)) return 'failed: the server stopped';
  return existsSync(f.result) ? (await readFile(f.result, 'utf8')).trim() : 'failed: no answer';
}

/**
 * Before a load into `config`: when it is the local server and a warm-up runs there, cancel it
 * (a MERGE load) or wait for it (`wait`: a bulk load, once its CSV is written). Returns the
 * warm-up's answer, or undefined when none ran.
 */
export async function settleBulkWarmUpFor(
  config: Neo4jConfig,
  server: LocalServerOptions | undefined,
  how: 'cancel' | 'wait',
): Promise<string | undefined> {
  if (!server || !(await isLocalServer(config, server))) return undefined;
  const info = (await status(server)).info;
  // A MERGE load does not wait for the cancel to take: under load the importer took 8–11 s to
  // notice it (load 20), longer than a first load of the seeds should take. A bulk load that
  // finds the warm-up MERGEing (its import and schema done, what bulk runs compiled) calls
  // the rest off and waits only for that to take (one batch, then the scratch DBMS stops).
  const merging = info && existsSync(files(info).at('merging'));
  return (
    info && settleBulkWarmUp(info, { cancel: how === 'cancel' || !!merging, wait: how === 'wait' })
  );
}

async function writeCsv(blocks: number, dir: string): Promise<{ csv: BulkCsv; dir: string }> {
  await mkdir(dir, { recursive: true });
  return { csv: await writeBulkCsv(syntheticGraph({ blocks, seed: 7 }), dir), dir };
}

/**
 * The MERGE batches beside the CSV, written the first time a warm-up asks for them, named by
 * the hash of what makes them: the CSV's folder stays keyed by the CSV's writers alone, so
 * checkouts that differ only here share it (see cachedCsv).
 */
async function mergeBatchesIn(dir: string, blocks: number): Promise<string> {
  const key = sourceHash(MERGE_WRITERS, `${blocks}`);
  const file = join(dir, `merge-${key ?? process.pid}.json`);
  if (key && existsSync(file)) return file;
  await writeMergeWarmUp(`${file}.${process.pid}.tmp`, blocks);
  await rename(`${file}.${process.pid}.tmp`, file);
  return file;
}

/** What the warm-up CSV is made by: a change to any of these writes it again. */
const WRITERS = ['bulk-csv.ts', 'csv-fast.ts', 'csv-files.ts', 'props.ts', 'properties.ts'];
/** What the MERGE batches are made by. */
const MERGE_WRITERS = ['props.ts', 'properties.ts', 'statements.ts', 'warm-merge.ts'];
const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The warm-up CSV, written once into `root` (beside the jars) and reused by every later start:
 * building the synthetic graph and its CSV took 4 CPU-s (12 s at load 19), paid by
 * `tupu neo4j start`. Keyed by the writers' source; the first process to create the folder
 * writes it, the file csv.json last; undefined (write a fresh one) when it is not ready.
 */
async function cachedCsv(
  root: string,
  blocks: number,
): Promise<{ csv: BulkCsv; dir: string } | undefined> {
  const key = sourceHash(WRITERS, `${blocks}`);
  if (!key) return undefined; // sources not beside this file (a bundle): no cache
  const dir = join(root, `neo4j-warm-csv-${key}`);
  const done = join(dir, 'csv.json');
  if (existsSync(done)) {
    await utimes(dir, new Date(), new Date()); // in use: not stale for other checkouts
    return { csv: JSON.parse(await readFile(done, 'utf8')) as BulkCsv, dir };
  }
  try {
    await mkdir(dir); // fails when it exists: another start writes it (or left it half-written)
  } catch {
    return undefined;
  }
  // Folders of other sources go once unused for a day: another checkout on this machine (a
  // branch beside main) may be reading one right now; removing it at once broke its warm-up.
  for (const old of await readdir(root)) {
    const path = join(root, old);
    if (!old.startsWith('neo4j-warm-csv-') || path === dir) continue;
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > STALE_MS) await rm(path, { recursive: true, force: true });
  }
  const written = await writeCsv(blocks, dir);
  await writeFile(`${done}.tmp`, JSON.stringify(written.csv));
  await rename(`${done}.tmp`, done);
  return written;
}

const STALE_MS = 24 * 3600_000;

/** A short hash of these sources (beside this file, and the synthetic graph's) and `extra`. */
function sourceHash(files: string[], extra: string): string | undefined {
  try {
    const hash = createHash('sha256').update(`${NEO4J_VERSION} ${extra}`);
    for (const f of [...files.map((w) => join(HERE, w)), join(HERE, '..', 'synthetic.ts')])
      hash.update(readFileSync(f));
    return hash.digest('hex').slice(0, 12);
  } catch {
    return undefined;
  }
}
