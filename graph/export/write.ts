/**
 * Node-side: write an export to disk. Single-file formats go to `out`; CSV writes
 * nodes.csv and edges.csv into the directory `out` (created if missing). Atomic writes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../json/file.ts';
import type { ExportFile, ExportFormat } from './index.ts';

export async function writeExport(
  out: string,
  format: ExportFormat,
  files: ExportFile[],
): Promise<string[]> {
  if (format === 'csv') {
    await mkdir(out, { recursive: true });
    const paths = files.map((f) => join(out, f.name));
    for (const [i, f] of files.entries()) await writeFileAtomic(paths[i]!, f.content);
    return paths;
  }
  if (files.length !== 1) throw new Error(`graph/export: ${format} should produce one file`);
  await writeFileAtomic(out, files[0]!.content);
  return [out];
}
