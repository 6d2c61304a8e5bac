/**
 * `npm run bench:positions -- --data <dir>`: the position class of CLUENER2020 (precision,
 * recall, F1 on exact spans) and reporters' credits in it (a name labelled right after 记者,
 * 编辑, 通讯员, 实习生, 主持人 or 摄影: is it read as a credit?). The data is not ours and is never
 * committed: put CLUENER's dev.json (public copy: github.com/hemingkx/CLUENER2020,
 * BERT-CRF/data/clue/test.json, which is the dev set with labels) in <dir>; --file train.json
 * scores the train split (develop there; look at dev once per round).
 */
import { readFileSync } from 'node:fs';
import { findPositionMentions } from '../ingest/extract/positions.ts';
import { extractStory } from '../ingest/extract/index.ts';

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const dir = arg('--data');
const file = arg('--file', 'dev.json')!;
if (!dir) {
  console.error('bench/positions: --data <dir> with CLUENER2020 dev.json is required');
  process.exit(2);
}
interface Example {
  text: string;
  label: Record<string, Record<string, [number, number][]>>;
}
const examples = readFileSync(`${dir}/${file}`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Example);
const CREDIT_ROLES =
  /^(记者|特约记者|首席记者|编辑|实习编辑|责任编辑|通讯员|实习生|主持人|摄影|摄影记者)$/;

let tp = 0;
let predicted = 0;
let gold = 0;
let creditGold = 0;
let creditFound = 0;
const started = performance.now();
const misses = new Map<string, number>();
const extras = new Map<string, number>();
for (const ex of examples) {
  const spans = new Set<string>();
  for (const [word, at] of Object.entries(ex.label.position ?? {}))
    for (const [s, e] of at) spans.add(`${s}:${e + 1}:${word}`);
  const found = new Set(findPositionMentions(ex.text).map((m) => `${m.start}:${m.end}:${m.word}`));
  gold += spans.size;
  predicted += found.size;
  for (const s of found) if (spans.has(s)) tp++;
  for (const s of spans) if (!found.has(s)) bump(misses, s.split(':')[2]!);
  for (const s of found) if (!spans.has(s)) bump(extras, s.split(':')[2]!);
  // Credits: a labelled name starting within one character after a credit role.
  const names = Object.entries(ex.label.name ?? {}).flatMap(([n, at]) =>
    at.map(([s]) => ({ n, s })),
  );
  for (const [word, at] of Object.entries(ex.label.position ?? {})) {
    if (!CREDIT_ROLES.test(word)) continue;
    for (const [, e] of at) {
      const name = names.find((x) => x.s === e + 1 || x.s === e + 2);
      if (!name) continue;
      creditGold++;
      if (extractStory(ex.text).bylines.some((b) => b.name === name.n)) creditFound++;
    }
  }
}
const seconds = (performance.now() - started) / 1000;
function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}
const p = predicted ? tp / predicted : 0;
const r = gold ? tp / gold : 0;
const f = p + r ? (2 * p * r) / (p + r) : 0;
console.log(
  `| CLUENER2020 ${file} | examples | position P | R | F1 | credits (name after 记者…) | credits found | s |`,
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(
  `| tupu | ${examples.length} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} | ${creditGold} | ${creditGold ? (creditFound / creditGold).toFixed(2) : 'n/a'} | ${seconds.toFixed(1)} |`,
);
if (process.argv.includes('--show')) {
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
  console.log(`missed: ${top(misses)}\nextra: ${top(extras)}`);
}
