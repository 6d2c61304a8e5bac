/**
 * `npx tsx bench/svg.ts [--sizes 300,1000,3000]`: the one SVG writer (graph/export/svg.ts) on
 * synthetic graphs (tests/kit), its two paths side by side: the explorer's (the screen's
 * positions, labels placed, no spreading) and the report's / `tupu export`'s (seeded
 * ForceAtlas2, then noverlap so labels fit). Wall time and CPU time (the machine may be shared).
 */
import { writeSvg } from '../graph/export/svg.ts';
import { syntheticGraph } from '../tests/kit/synthetic.ts';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '300,1000,3000').split(',').map(Number);

function timed(fn: () => string): { wall: number; cpu: number; chars: number } {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const chars = fn().length;
  const { user, system } = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (user + system) / 1e6, chars };
}

const rows: string[] = [];
for (const nodes of sizes) {
  const graph = syntheticGraph({ nodes, edges: nodes * 3, seed: 9, layout: 'clustered' });
  const screen = (key: string) => {
    const a = graph.getNodeAttributes(key);
    return { x: a.x as number, y: a.y as number, size: 5 };
  };
  const explorer = timed(() => writeSvg(graph, { standalone: true, viz: screen }));
  const report = timed(() => writeSvg(graph, { standalone: true }));
  rows.push(
    `| ${nodes} / ${nodes * 3} | ${explorer.wall.toFixed(2)} (${explorer.cpu.toFixed(2)}) | ${report.wall.toFixed(2)} (${report.cpu.toFixed(2)}) | ${(report.cpu / explorer.cpu).toFixed(1)} |`,
  );
  console.error(`${nodes} nodes done`);
}
console.log(
  '| nodes / edges | explorer path s (CPU s) | report path s (CPU s) | report / explorer CPU |',
);
console.log('|---|---|---|---|');
console.log(rows.join('\n'));
