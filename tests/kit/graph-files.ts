/**
 * Graph files for the browser tests and bench:web: the seeds ingested by the current ingest,
 * written under .tupu/e2e.
 */
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringifyGraph } from '../../graph/json/index.ts';
import { REPO_ROOT } from '../../web/server/config.ts';

export const OUT_DIR = resolve(REPO_ROOT, '.tupu/e2e');

/** Ingest seeds/ into .tupu/e2e/seeds.json (fresh each run) and return the path. */
export async function ingestSeedsGraph(): Promise<string> {
  const { ingestPaths } = await import('../../ingest/index.ts');
  const seeds = resolve(REPO_ROOT, 'seeds');
  const files = readdirSync(seeds).map((f) => join(seeds, f));
  const { graph } = await ingestPaths(files, { root: REPO_ROOT });
  await mkdir(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, 'seeds.json');
  await writeFile(path, stringifyGraph(graph));
  return path;
}
