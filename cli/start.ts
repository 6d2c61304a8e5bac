/**
 * `tupu start` (npm start): ingest seeds/ into graph.json when it is missing or older than
 * any article file, then serve the explorer on it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeGraphFile } from '../graph/json/file.ts';
import { addServerOptions, closeOnSignal, serveExplorer, type ServeOptions } from './serve.ts';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the graph must be (re)built, or null when it is up to date. */
export function staleReason(graphPath: string, articlePaths: string[]): string | null {
  let graphTime: number;
  try {
    graphTime = statSync(graphPath).mtimeMs;
  } catch {
    return `${graphPath} is missing`;
  }
  const newest = Math.max(0, ...articlePaths.map(newestMtime));
  return newest > graphTime ? `${graphPath} is older than the articles` : null;
}

export async function ensureGraph(graphPath: string, articlePaths: string[]): Promise<void> {
  const reason = staleReason(graphPath, articlePaths);
  if (!reason) return;
  console.error(`tupu start: ${reason}; ingesting ${articlePaths.join(', ')}…`);
  const { ingestPaths } = await import('../ingest/index.ts');
  // ids relative to the named folders, as `tupu ingest` (docs/ingest.md): not to the cwd
  const { graph, report } = await ingestPaths(articlePaths);
  await writeGraphFile(graphPath, graph);
  console.error(
    `tupu start: wrote ${graphPath} (${graph.order} nodes, ${graph.size} edges from ${report.articles} articles)`,
  );
}

export function registerStart(program: Command): void {
  addServerOptions(
    program
      .command('start')
      .description(
        'ingest seeds/ into graph.json when missing or stale, then open the web explorer',
      )
      .option('--seeds <dir...>', 'article files or folders', ['seeds'])
      .option('-g, --graph <file>', 'graph JSON to build and explore', 'graph.json'),
  ).action(async (opts: ServeOptions & { seeds: string[] }) => {
    const graphPath = resolve(opts.graph);
    await ensureGraph(
      graphPath,
      opts.seeds.map((s) => resolve(s)),
    );
    closeOnSignal(await serveExplorer({ ...opts, graph: graphPath }));
  });
}
