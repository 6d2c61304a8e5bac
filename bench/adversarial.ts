/**
 * `npm run bench:adversarial`: ingest time on hostile inputs at a size and at twice that size.
 * Linear time means the ratio stays near 2; the bench fails (exit 1) above 2.2. The inputs are
 * invented: files of short repeated lines (the page reader: one line object per line, one story)
 * and one sentence that is a very long list (the list rules: 、-lists of sectors, places, names).
 *   --scale 4     multiply every size (default 1)
 *   --only list   run the inputs whose name contains "list"
 * Each size runs three times (--reps), alternating, and the fastest run counts: on a shared
 * machine a single run can be twice as slow, so a SLOW line is worth a second run before a hunt.
 * Each run is a fresh process (warmed up on a small page first), so caches and a heap grown by
 * earlier runs do not weigh on later ones: what is timed is one ingest, as `tupu ingest` runs it.
 * Both the elapsed time and the process's CPU time (all its threads, GC included) are taken: on a
 * machine shared with other jobs the elapsed time mostly measures the others, so the verdict
 * is on CPU time, with the elapsed ratio printed beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../ingest/index.ts';

const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const scale = Number(flag('--scale') ?? 1);
const only = flag('--only');
const reps = Number(flag('--reps') ?? 3);
const MAX_RATIO = 2.2;

const pick = (s: string, i: number) => s[i % s.length]!;
/** `n` distinct two-character words from an invented alphabet. */
const word = (i: number) =>
  pick('光电芯屏器核网智能云数链', i) + pick('材器件料能源机', Math.floor(i / 11));

/** name -> [base size in characters, text of about that many characters]. */
const INPUTS: Record<string, [number, (chars: number) => string]> = {
  'lines: one character': [1_000_000, (n) => '甲\n'.repeat(n / 2)],
  'lines: dateline': [1_000_000, (n) => '本报讯\n'.repeat(n / 4)],
  'lines: markdown bullets': [1_000_000, (n) => '- 项目\n'.repeat(n / 5)],
  'lines: numbered': [1_000_000, (n) => lines(n, (i) => `第${i % 97}条消息\n`)],
  'lines: appointments': [
    100_000,
    (n) => lines(n, (i) => `${pick('张王李赵刘', i)}${pick('伟芳娜军', i)}任某区副区长。\n`),
  ],
  'list: one sector repeated': [400_000, (n) => `聚焦${'人工智能、'.repeat(n / 5)}等产业。`],
  'list: sectors joined by 与': [
    400_000,
    (n) => `聚焦${'半导体与集成电路、'.repeat(n / 9)}等产业。`,
  ],
  'list: distinct sectors': [
    400_000,
    (n) => `培育${lines(n, (i) => `${word(i)}${word(i + 7)}材料、`)}等新兴产业。`,
  ],
  'lines: stories with credits': [
    200_000,
    (n) => lines(n, (i) => `本报讯 某园第${i}期开工。\n责任编辑：张某\n`),
  ],
  // A role word, then a long run of Han text with no 摄 or 报道 to end a credit: the credit
  // patterns once tried every way to cut the run into names (200 characters took 5 minutes).
  'line: role word, then no punctuation': [
    20_000,
    (n) => `前言摄影${lines(n - 5, (i) => pick('水龟裂的皮肤和土地需要一种滋补在征服之外', i))}。`,
  ],
  'list: districts': [400_000, (n) => `走访了${'渝北区、'.repeat(n / 4)}等地。`],
  'list: names': [
    400_000,
    (n) => `出席的有${lines(n, (i) => `${pick('张王李赵刘', i)}${pick('伟芳娜', i)}、`)}等。`,
  ],
};

function lines(chars: number, make: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) length += out[out.push(make(i)) - 1]!.length;
  return out.join('');
}

const dir = await mkdtemp(join(tmpdir(), 'tupu-adversarial-'));

/** Child mode (`--time <file>`): warm up, then time one ingest of the file; print seconds. */
const timed = flag('--time');
if (timed) {
  const warm = join(dir, 'warm.txt');
  await writeFile(warm, INPUTS['list: one sector repeated']![1](20_000));
  await ingestPaths([warm], { root: dir }); // the JIT and jieba's dictionary
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await ingestPaths([timed], { root: dir });
  const cpu = process.cpuUsage(cpu0);
  console.log(
    ((performance.now() - t0) / 1000).toFixed(4),
    ((cpu.user + cpu.system) / 1e6).toFixed(4),
  );
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}

/** Elapsed and CPU seconds of one timed ingest of `text`. */
async function seconds(text: string): Promise<[number, number]> {
  const file = join(dir, 'page.txt');
  await writeFile(file, text);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL(import.meta.url).pathname, '--time', file],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const [wall, cpu] = out.trim().split('\n').at(-1)!.split(' ').map(Number);
  return [wall!, cpu!];
}

const rows: string[] = [];
let failed = 0;
try {
  for (const [name, [base, make]] of Object.entries(INPUTS)) {
    if (only && !name.includes(only)) continue;
    const size = Math.round(base * scale);
    const texts = [make(size), make(2 * size)];
    const wall = [Infinity, Infinity];
    const cpu = [Infinity, Infinity];
    for (let rep = 0; rep < reps; rep++)
      for (const k of [0, 1]) {
        const [w, c] = await seconds(texts[k]!);
        wall[k] = Math.min(wall[k]!, w);
        cpu[k] = Math.min(cpu[k]!, c);
      }
    const ratio = cpu[1]! / cpu[0]!;
    const wallRatio = wall[1]! / wall[0]!;
    const ok = ratio <= MAX_RATIO;
    if (!ok) failed++;
    const mb = (t: string) => (Buffer.byteLength(t) / 1e6).toFixed(2);
    rows.push(
      `| ${name} | ${mb(texts[0]!)} MB | ${cpu[0]!.toFixed(2)} s | ${mb(texts[1]!)} MB | ` +
        `${cpu[1]!.toFixed(2)} s | ${ratio.toFixed(2)} | ${wallRatio.toFixed(2)} | ${ok ? 'ok' : 'SLOW'} |`,
    );
    console.error(`${name}: x${ratio.toFixed(2)} CPU, x${wallRatio.toFixed(2)} elapsed`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(
  `| input | size | CPU time | 2x size | CPU time | CPU ratio (<= ${MAX_RATIO}) | elapsed ratio | |`,
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
if (failed) {
  console.error(`bench/adversarial: ${failed} input(s) grow faster than linear`);
  process.exitCode = 1;
}
