/**
 * Neo4j's importer (`neo4j-admin database import full`, org.neo4j.cli.AdminTool in the fetched
 * neo4j-import-tool jar), run one of two ways:
 * - inside the running server's JVM (launchers whose READY line says `import=in-jvm`): a request
 *   file in the server's bulk-swap folder, answered by graph/neo4j/server/TupuNeo4j.java. No JVM
 *   to start, and the importer's code is compiled already after the first load;
 * - as its own JVM (older launchers), as before.
 * Either way the importer writes only into `importHome` (a staging Neo4j home), so a failure or
 * a cancel leaves the server's database untouched.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { importArguments, ARRAY_DELIMITER, type BulkCsv } from './bulk-csv.ts';
import { Neo4jError } from './driver.ts';
import { isAlive, type ServerInfo } from './server/process.ts';

/** The one user database of Community. */
export const BULK_DATABASE = 'neo4j';

export interface ImporterOptions {
  /** Off-heap memory for the importer (its --max-off-heap-memory); default 1g or TUPU_NEO4J_IMPORT_MEMORY. */
  memory?: string;
  /** Stops the importer and ends the load with an error; the database is untouched. */
  signal?: AbortSignal;
  /** Percent of the whole import, from the importer's own progress lines. */
  onPercent?: (percent: number) => void;
  /** Milliseconds per phase; the importer's own time goes into 'import: importer'. */
  phases?: Record<string, number>;
}

const STOPPED = 'bulk import stopped; the database is unchanged';

/** The importer's command line after `AdminTool`. */
export function importerArguments(csv: BulkCsv, staging: string, memory: string): string[] {
  const delimiter = ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
  return [
    'database',
    'import',
    'full',
    ...importArguments(csv),
    `--array-delimiter=U+${delimiter}`,
    '--id-type=actual',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--max-off-heap-memory=${memory}`,
    `--read-buffer-size=${readBufferSize(csv.longestLine)}`,
    `--report-file=${join(staging, 'import.report')}`,
    '--overwrite-destination=true',
    // Flag experiments (docs/neo4j.md, neo22), e.g. "--threads=4 --high-parallel-io=on".
    ...(process.env.TUPU_NEO4J_IMPORT_EXTRA ?? '').split(' ').filter(Boolean),
    BULK_DATABASE,
  ];
}

/**
 * The importer's read buffer: it must hold the longest line, and before its first stage the
 * importer parses and sizes the whole first buffer of every file (CsvInput.sample, for its
 * estimates): with the default 4 MiB that was a third of the 150 MB of CSV of 400k elements.
 */
export function readBufferSize(longestLine: number): number {
  return Math.max(MIN_READ_BUFFER, 2 ** Math.ceil(Math.log2(Math.max(1, longestLine) * 2)));
}
const MIN_READ_BUFFER = 256 * 1024;

/** Reads the importer's output as it comes: progress, and its own time (without a JVM start). */
class OutputReader {
  tail = '';
  private section = 0;
  private sections = 4;
  private partial = '';
  constructor(private options: ImporterOptions) {}

  read(text: string): void {
    this.tail = (this.tail + text).slice(-20_000);
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const s = /^\((\d+)\/(\d+)\) /.exec(line);
      if (s) [this.section, this.sections] = [Number(s[1]) - 1, Number(s[2])];
      const p = /\s(\d+)% ∆/.exec(line);
      if (p) this.options.onPercent?.(((this.section + Number(p[1]) / 100) / this.sections) * 100);
      const done = /IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/.exec(line);
      if (done && this.options.phases)
        this.options.phases['import: importer'] =
          Number(done[1] ?? 0) * 60_000 + Number(done[2] ?? 0) * 1000 + Number(done[3]);
    }
  }

  /** The importer's last lines, without stack frames and progress dots. */
  failure(what: string): Neo4jError {
    const tail = (this.tail + this.partial)
      .trim()
      .split('\n')
      .filter((l) => !/^\s+at |^\s*\.{10}|^\s*$/.test(l))
      .slice(-8)
      .join('\n');
    return new Neo4jError(
      `the Neo4j importer failed (${what}); the database is unchanged:\n${tail}`,
    );
  }
}

/**
 * Ask the running server to import (`args`) into `importHome`; resolves when it answers ok.
 * On abort, asks it to stop the import and waits until it has (so the staging folder can go).
 */
export async function importInServer(
  swapDir: string,
  info: ServerInfo,
  importHome: string,
  args: string[],
  options: ImporterOptions,
): Promise<void> {
  const requested = await requestImport(swapDir, info, importHome, args, options);
  return requested.done;
}

/**
 * Write the import request and return once it is on disk; `done` settles with the import.
 * Separate because the caller may then block its thread (the CSV is written synchronously):
 * a request still waiting for the event loop would only reach the server after that.
 */
export async function requestImport(
  swapDir: string,
  info: ServerInfo,
  importHome: string,
  args: string[],
  options: ImporterOptions,
): Promise<{ done: Promise<void>; cancel: () => Promise<void> }> {
  await mkdir(swapDir, { recursive: true });
  const name = `${process.pid}-${Date.now()}-${++requests}`;
  const file = (ext: string) => join(swapDir, `${name}.${ext}`);
  await writeFile(file('tmp'), [importHome, ...args].join('\n') + '\n');
  await rename(file('tmp'), file('import'));
  let cancelled = false;
  const cancel = async () => {
    if (cancelled) return;
    cancelled = true;
    await writeFile(file('cancel'), '');
  };
  return { done: awaitImport(file, info, options, cancel, () => cancelled), cancel };
}
let requests = 0;

async function awaitImport(
  file: (ext: string) => string,
  info: ServerInfo,
  options: ImporterOptions,
  cancel: () => Promise<void>,
  cancelled: () => boolean,
): Promise<void> {
  const reader = new OutputReader(options);
  let offset = 0;
  const decoder = new StringDecoder('utf8');
  const readLog = async () => {
    const log = await open(file('log'), 'r').catch(() => undefined);
    if (!log) return;
    try {
      for (let n = -1; n !== 0;) {
        const { bytesRead, buffer } = await log.read({
          position: offset,
          buffer: Buffer.alloc(1 << 16),
        });
        offset += n = bytesRead;
        reader.read(decoder.write(buffer.subarray(0, bytesRead)));
      }
    } finally {
      await log.close();
    }
  };
  try {
    while (!existsSync(file('result'))) {
      if (!isAlive(info))
        throw new Neo4jError(
          'the local server stopped during the import; the database is unchanged',
        );
      if (options.signal?.aborted) await cancel();
      await readLog();
      await new Promise((r) => setTimeout(r, 100));
    }
    await readLog();
    const answer = (await readFile(file('result'), 'utf8')).trim();
    // A stop asked for while the last answer came in (its log read calls onPercent) still holds:
    // the imported folders are not swapped in.
    if (cancelled() || options.signal?.aborted) throw new Neo4jError(STOPPED);
    if (answer !== 'ok') throw reader.failure(answer.replace(/^failed: /, ''));
  } finally {
    for (const ext of ['result', 'log', 'cancel']) await rm(file(ext), { force: true });
  }
}

/** Run the importer as its own JVM (launchers without `import=in-jvm`). */
export function importInNewJvm(
  libDir: string,
  importHome: string,
  args: string[],
  options: ImporterOptions,
): Promise<void> {
  const java = ['-Xmx1g', '-XX:+UseG1GC', '-cp', join(libDir, '*'), 'org.neo4j.cli.AdminTool'];
  const reader = new OutputReader(options);
  return new Promise((resolve, reject) => {
    const child = spawn('java', [...java, ...args], {
      env: { ...process.env, NEO4J_HOME: importHome },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    child.stdout.on('data', (c: Buffer) => reader.read(c.toString()));
    child.stderr.on('data', (c: Buffer) => reader.read(c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Neo4jError(
          e.name === 'AbortError'
            ? STOPPED
            : e.code === 'ENOENT'
              ? '`java` not found: install Java 17'
              : `cannot run the Neo4j importer: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code, sig) =>
      code === 0 && options.signal?.aborted
        ? reject(new Neo4jError(STOPPED))
        : code === 0
          ? resolve()
          : reject(reader.failure(sig ?? `exit ${code}`)),
    );
  });
}
