/**
 * `npm run bench:ingest`: ingest throughput (MB/s of text, one core), peak memory, and jieba's raw
 * `cut` speed over the same text as the yardstick, at 1, 10 and 100 MB (override: --sizes 1,10).
 * Ratios are given on elapsed time and on CPU time (MB per CPU-second of the process, GC threads
 * included): on a machine shared with other jobs the elapsed ratio swings with their load.
 */
import { execFileSync } from 'node:child_process';
import { makeCorpus } from './corpus.ts';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '1,10,100').split(',').map(Number);

function measure(mode: 'ingest' | 'jieba', dir: string) {
  const out = execFileSync('node', ['--import', 'tsx', 'bench/ingest-run.ts', mode, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as {
    mbPerSecond: number;
    mbPerCpuSecond: number;
    peakRssMb: number;
    seconds: number;
  };
}

const rows: string[] = [];
for (const mb of sizes) {
  const dir = `bench/out/corpus-${mb}mb`;
  const corpus = await makeCorpus(dir, mb);
  const ingest = measure('ingest', dir);
  const jieba = measure('jieba', dir);
  rows.push(
    `| ${mb} MB (${corpus.files} files) | ${ingest.mbPerSecond.toFixed(2)} | ${ingest.peakRssMb.toFixed(0)} | ${jieba.mbPerSecond.toFixed(2)} | ${(ingest.mbPerSecond / jieba.mbPerSecond).toFixed(2)} | ${ingest.mbPerCpuSecond.toFixed(2)} | ${jieba.mbPerCpuSecond.toFixed(2)} | ${(ingest.mbPerCpuSecond / jieba.mbPerCpuSecond).toFixed(2)} |`,
  );
  console.error(`${mb} MB done`);
}
console.log(
  '| corpus | ingest MB/s | ingest peak RSS MB | jieba cut MB/s | ingest / cut | ingest MB/CPU-s | cut MB/CPU-s | ingest / cut (CPU) |',
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
