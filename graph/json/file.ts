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

/** Temp files being written now: removed by the signal handler below. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created
    }
  }
  pending.clear();
  unwatch();
  // Nobody else handles the signal: die of it as the default handler would.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function watch(): void {
  if (pending.size === 1) for (const s of SIGNALS) process.on(s, onSignal);
}
function unwatch(): void {
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  pending.add(tmp);
  watch();
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
    pending.delete(tmp);
    unwatch();
  }
}

export async function writeGraphFile(path: string, graph: TupuGraph): Promise<void> {
  await writeFileAtomic(path, stringifyGraph(graph));
}
