/** Disk access for graph JSON: atomic writes (temp file + rename), so no partial output. */
import { readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { parseGraphJson, stringifyGraph, type TupuGraph } from './index.ts';

export async function readGraphFile(path: string): Promise<TupuGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`graph/json: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return parseGraphJson(text);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export async function writeGraphFile(path: string, graph: TupuGraph): Promise<void> {
  await writeFileAtomic(path, stringifyGraph(graph));
}
