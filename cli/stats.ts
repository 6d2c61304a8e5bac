/** `tupu stats graph.json`: counts by type and the most connected people, posts, parks, programs. */
import type { Command } from 'commander';
import { readGraphFile } from '../graph/json/file.ts';
import { graphStats } from '../graph/stats.ts';
import { formatCounts } from './ingest.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts by type and the most connected entities')
    .argument('<graph>', 'graph JSON written by ingest')
    .option('-n, --top <n>', 'how many per type', '5')
    .action(async (file: string, flags: { top: string }) => {
      const stats = graphStats(await readGraphFile(file), Number(flags.top));
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
