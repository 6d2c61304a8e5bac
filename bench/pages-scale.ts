/**
 * Ingest at scale: many one-story files made from real digests (kept outside the repository),
 * ingested in a child process each, so peak memory is the run's own. Ratios side by side show
 * whether time and memory grow with the graph, not with the files held.
 *
 *   npx tsx bench/pages-scale.ts <folder of Markdown digests> [--counts 1000,5000,10000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from] = process.argv.slice(2);
const arg = process.argv.indexOf('--counts');
const counts = (arg > 0 ? process.argv[arg + 1]! : '1000,5000,10000').split(',').map(Number);
if (!from) throw new Error('usage: tsx bench/pages-scale.ts <digests> [--counts 1000,10000]');

// One story per file: every `##`/`###` section of every digest, in order.
const stories: string[] = [];
for (const name of readdirSync(from)
  .filter((f) => f.endsWith('.md'))
  .sort()) {
  const text = readFileSync(join(from, name), 'utf8');
  for (const part of text.split(/^#{2,3} /m).slice(1)) stories.push(`# ${part}`);
}

const rows: string[] = [];
let first: { cpu: number; rss: number; files: number } | undefined;
for (const n of counts) {
  const dir = `bench/out/pages-${n}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const story = stories[i % stories.length]!;
    // a copy beyond the first round is marked, so it is not a byte-identical reprint
    const text =
      i < stories.length ? story : `${story}\n（第${Math.floor(i / stories.length)}次转载）`;
    writeFileSync(join(dir, `s${String(i).padStart(6, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  const out = execFileSync('node', ['--import', 'tsx', 'bench/ingest-run.ts', 'ingest', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { cpuSeconds: number; peakRssMb: number };
  first ??= { cpu: r.cpuSeconds, rss: r.peakRssMb, files: n };
  const scale = n / first.files;
  rows.push(
    `| ${n} | ${(bytes / 1e6).toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${(r.cpuSeconds / first.cpu / scale).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${(r.peakRssMb / first.rss).toFixed(2)} |`,
  );
  rmSync(dir, { recursive: true, force: true });
  console.error(`${n} files done`);
}
console.log(`stories available: ${stories.length}`);
console.log('| files | MB | CPU s | CPU per file vs first | peak RSS MB | RSS vs first |');
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
