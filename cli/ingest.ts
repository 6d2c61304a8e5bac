/** `tupu ingest <paths...> --out graph.json [--neo4j]` */
import type { Command } from 'commander';
import { ingestPaths, type IngestReport } from '../ingest/index.ts';
import { writeGraphFile } from '../graph/json/file.ts';
import { progress } from './progress.ts';

interface IngestFlags {
  out: string;
  text: boolean;
  quiet?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles (.txt, .md; UTF-8 or GB18030) and write the graph as graphology JSON')
    .argument('<paths...>', 'files or folders')
    .option('-o, --out <file>', 'output graph JSON', 'graph.json')
    .option('--no-text', 'do not keep article text on article nodes (smaller graph)')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const bar = progress('files', flags.quiet);
  const { graph, report } = await ingestPaths(paths, {
    articleText: flags.text,
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.stop();
  if (report.articles === 0) {
    printSummary(report);
    console.error('tupu ingest: no articles were read; nothing written');
    return 1;
  }
  await writeGraphFile(flags.out, graph);
  printSummary(report);
  console.log(`wrote ${flags.out}`);
  return report.skipped.length > 0 ? 1 : 0;
}

function printSummary(report: IngestReport): void {
  console.log(`articles: ${report.articles} from ${report.files} file(s)`);
  console.log(`nodes: ${formatCounts(report.nodesByType)}`);
  console.log(`edges: ${formatCounts(report.edgesByType)}`);
  for (const s of report.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  if (report.skipped.length) console.error(`${report.skipped.length} file(s) skipped`);
}

export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : 'none';
}
