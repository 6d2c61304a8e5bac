/** `tupu stats graph.json`: counts by type and the most connected people, posts, parks, programs. */
import type { Command } from 'commander';
import { readGraphFile } from '../graph/json/file.ts';
import { graphStats, mergeReport, type MergeLine } from '../graph/stats.ts';
import { formatCounts } from './ingest.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts by type and the most connected entities')
    .argument('<graph>', 'graph JSON written by ingest')
    .option('-n, --top <n>', 'how many per type', '5')
    .option('--merges', 'list what resolution merged (and kept apart) and why')
    .action(async (file: string, flags: { top: string; merges?: boolean }) => {
      const graph = await readGraphFile(file);
      if (flags.merges) {
        printMerges(mergeReport(graph));
        return;
      }
      const stats = graphStats(graph, Number(flags.top));
      console.log(`nodes: ${formatCounts(stats.nodesByType)}`);
      console.log(`edges: ${formatCounts(stats.edgesByType)}`);
      for (const [type, top] of Object.entries(stats.top)) {
        console.log(`\nmost connected ${type}:`);
        for (const t of top)
          console.log(
            `  ${t.label}  (${t.degree} links, ${t.articles} article${t.articles === 1 ? '' : 's'})`,
          );
      }
    });
}

function printMerges(lines: MergeLine[]): void {
  let type = '';
  for (const l of lines) {
    if (l.type !== type) console.log(`${type ? '\n' : ''}${(type = l.type)}:`);
    console.log(`  ${l.key}`);
    for (const m of l.merged) console.log(`    <- ${m}`);
    if (l.joinedBy.length)
      console.log(`    one person in ${l.articles} articles, joined by: ${l.joinedBy.join(', ')}`);
    if (l.namesakes.length)
      console.log(`    kept apart from ${l.namesakes.join(', ')} (nothing connects them)`);
  }
  const merged = lines.reduce((n, l) => n + l.merged.length, 0);
  console.log(
    `\n${merged} name(s) merged into ${lines.filter((l) => l.merged.length).length} node(s); ` +
      `${lines.filter((l) => l.namesakes.length).length} namesake node(s) kept apart`,
  );
}
