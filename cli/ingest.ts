/** `tupu ingest <paths...> --out graph.json [--neo4j]` */
import type { Command } from 'commander';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { IngestReport } from '../ingest/index.ts';
import { fsReason } from '../ingest/files.ts';
import { writeGraphFile } from '../graph/json/file.ts';
import { progress } from './progress.ts';
import type { loadIntoNeo4j } from './load.ts';

interface IngestFlags {
  out: string;
  text: boolean;
  quiet?: boolean;
  /** Also load the graph into Neo4j (NEO4J_URI etc., default the local server). */
  neo4j?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles (.txt, .md, .html; UTF-8 or GB18030) and write the graph as graphology JSON',
    )
    .argument('<paths...>', 'files or folders')
    .option('-o, --out <file>', 'output graph JSON', 'graph.json')
    .option('--no-text', 'do not keep article text on article nodes (smaller graph)')
    .option('-q, --quiet', 'no progress bar')
    .option('--neo4j', 'also load the graph into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  // Checked before reading anything, so a long run is not lost to a typo in --out.
  const outProblem = await unwritable(flags.out);
  if (outProblem) {
    console.error(`tupu ingest: cannot write ${flags.out}: ${outProblem}`);
    return 1;
  }
  // Two passes: lines repeated across files (furniture) are counted first, then files are read.
  const scan = progress('scanning', flags.quiet);
  const bar = progress('files', flags.quiet);
  let scanning = true;
  const { ingestPaths } = await import('../ingest/index.ts');
  const { graph, report } = await ingestPaths(paths, {
    articleText: flags.text,
    onScan: (done, total) => scan.update(done, total),
    onProgress: (done, total) => {
      if (scanning) scan.stop();
      scanning = false;
      bar.update(done, total);
    },
  });
  if (scanning) scan.stop();
  bar.stop();
  if (report.articles === 0) {
    printSummary(report);
    console.error('tupu ingest: no articles were read; nothing written');
    return 1;
  }
  try {
    await writeGraphFile(flags.out, graph);
  } catch (e) {
    printSummary(report);
    console.error(`tupu ingest: cannot write ${flags.out}: ${fsReason(e)}`);
    return 1;
  }
  printSummary(report);
  console.log(`wrote ${flags.out}`);
  if (flags.neo4j && !(await loaded(graph, flags))) return 1;
  return report.skipped.length > 0 ? 1 : 0;
}

async function unwritable(out: string): Promise<string | undefined> {
  const dir = dirname(resolve(out));
  try {
    if (!(await stat(dir)).isDirectory()) return `${dir} is not a folder`;
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return `the folder ${dir} does not exist; create it or choose another --out`;
    return `the folder ${dir}: ${fsReason(e)}`;
  }
  return undefined;
}

/** The JSON is written first, so a failed load loses nothing: `tupu load` completes it. */
async function loaded(
  graph: Parameters<typeof loadIntoNeo4j>[0],
  flags: IngestFlags,
): Promise<boolean> {
  try {
    const { loadIntoNeo4j } = await import('./load.ts');
    await loadIntoNeo4j(graph, { quiet: flags.quiet });
    return true;
  } catch (e) {
    console.error((e as Error)?.message ?? String(e));
    console.error(
      `tupu ingest: ${flags.out} is written; \`tupu load ${flags.out}\` completes the load`,
    );
    return false;
  }
}

function printSummary(report: IngestReport): void {
  console.log(`articles: ${report.articles} from ${report.files} file(s)`);
  if (report.emptySections)
    console.log(`sections without text (headline only, or furniture): ${report.emptySections}`);
  console.log(`nodes: ${formatCounts(report.nodesByType)}`);
  console.log(`edges: ${formatCounts(report.edgesByType)}`);
  for (const s of report.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  if (report.skipped.length) console.error(`${report.skipped.length} file(s) skipped`);
}

export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : 'none';
}
