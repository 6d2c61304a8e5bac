/**
 * Disk access for graph JSON: atomic writes (temp file + rename), so no partial output, and no
 * temp file left behind when the process is interrupted (SIGINT, SIGTERM) mid-write.
 */
import { unlinkSync } from 'node:fs';
import { readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { GraphFormatError, parseGraphJson, stringifyGraph, type TupuGraph } from './index.ts';

export async function readGraphFile(path: string): Promise<TupuGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : code;
    throw new Error(`graph/json: cannot read ${path}: ${why ?? e}`);
  }
  try {
    return parseGraphJson(text);
  } catch (e) {
    if (e instanceof GraphFormatError) throw new GraphFormatError(`${path}: ${e.detail}`);
    throw e;
  }
}

/**
 * Temp files being written. Interrupted (Ctrl-C, kill), the process removes them before it
 * exits, so no `.graph.json.<pid>.tmp` is left behind; the signal's exit code is kept.
 */
const liveTemps = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

function onSignal(signal: (typeof SIGNALS)[number]): void {
  for (const tmp of liveTemps) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created
    }
  }
  process.exit(SIGNAL_CODES[signal]);
}

function track(tmp: string): void {
  if (liveTemps.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  liveTemps.add(tmp);
}

function untrack(tmp: string): void {
  liveTemps.delete(tmp);
  if (liveTemps.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  track(tmp);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new Error(
        `graph/json: cannot write ${path}: the folder ${dirname(path)} does not exist`,
      );
    if (code) throw new Error(`graph/json: cannot write ${path}: ${code}`);
    throw e;
  } finally {
    untrack(tmp);
  }
}

export async function writeGraphFile(path: string, graph: TupuGraph): Promise<void> {
  await writeFileAtomic(path, stringifyGraph(graph));
}
