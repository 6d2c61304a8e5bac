/** One measured ingest run in its own process (so peak memory is its own): prints JSON. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { ingestPaths } from '../ingest/index.ts';
import { segmenter } from '../ingest/text/segmenter.ts';

const [mode, dir] = process.argv.slice(2) as ['ingest' | 'jieba', string];
const files = (await readdir(dir)).sort().map((f) => join(dir, f));
let bytes = 0;
let seconds: number;
// CPU time over exactly the timed part (as elapsed time), so the two modes compare alike.
let cpu0: NodeJS.CpuUsage;
if (mode === 'jieba') {
  const jieba = segmenter();
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  cpu0 = process.cpuUsage();
  for (const t of texts) jieba.cut(t, true);
  seconds = (performance.now() - t0) / 1000;
} else {
  for (const f of files) bytes += (await readFile(f)).length;
  const t0 = performance.now();
  cpu0 = process.cpuUsage();
  const { graph } = await ingestPaths([dir], { articleText: false });
  seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`nodes ${graph.order} edges ${graph.size}\n`);
}
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    mode,
    bytes,
    seconds,
    cpuSeconds,
    mbPerSecond: bytes / 1e6 / seconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    peakRssMb: resourceUsage().maxRSS / 1024,
  }),
);
