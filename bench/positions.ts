/**
 * `npm run bench:positions -- --data <dir> [--split dev] [--show]`: the position class of
 * CLUENER2020 as `bench:ner` scores it (one definition, bench/ner/positions.ts: the position as
 * printed, distinct strings per example, exact match) with the misses and extras by word, and
 * reporters' credits in it (a name labelled right after 记者, 编辑, 通讯员, 实习生, 主持人 or 摄影:
 * is it read as a credit?). Same data folder as bench:ner (<dir>/clue/test.json = CLUENER dev;
 * --split dev reads <dir>/clue/train.json: develop there, look at dev once per round). The data
 * is not ours and is never committed; without it the bench says how to get it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStory } from '../ingest/extract/index.ts';
import { HOW_TO_GET, readClue } from './ner/data.ts';
import { predictedPositions } from './ner/positions.ts';
import { addExample, emptyTally, formatPrf } from './ner/score.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = arg('--data');
const file = arg('--split') === 'dev' ? 'train.json' : 'test.json';
const path = dir && join(dir, 'clue', file);
if (!path || !existsSync(path)) {
  console.error(`bench/positions: --data <dir> with clue/${file} is required\n${HOW_TO_GET}`);
  process.exit(2);
}
const examples = readClue(path);
/** Raw labels with spans, for the credits (a name right after a credit role). */
const labels = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map(
    (l) =>
      (JSON.parse(l) as { label?: Record<string, Record<string, [number, number][]>> }).label ?? {},
  );
const CREDIT_ROLES =
  /^(记者|特约记者|首席记者|编辑|实习编辑|责任编辑|通讯员|实习生|主持人|摄影|摄影记者)$/;

const tally = emptyTally();
let creditGold = 0;
let creditFound = 0;
const started = performance.now();
const misses = new Map<string, number>();
const extras = new Map<string, number>();
examples.forEach((ex, k) => {
  const found = predictedPositions(ex.text);
  addExample(tally, found, ex.gold.position);
  for (const s of ex.gold.position) if (!found.includes(s)) bump(misses, s);
  for (const s of found) if (!ex.gold.position.includes(s)) bump(extras, s);
  const label = labels[k]!;
  const names = Object.entries(label.name ?? {}).flatMap(([n, at]) => at.map(([s]) => ({ n, s })));
  for (const [word, at] of Object.entries(label.position ?? {})) {
    if (!CREDIT_ROLES.test(word)) continue;
    for (const [, e] of at) {
      const name = names.find((x) => x.s === e + 1 || x.s === e + 2);
      if (!name) continue;
      creditGold++;
      if (extractStory(ex.text).bylines.some((b) => b.name === name.n)) creditFound++;
    }
  }
});
const seconds = (performance.now() - started) / 1000;
function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}
console.log(
  `| CLUENER2020 ${file} | examples | position P / R / F1 | credits (name after 记者…) | credits found | s |`,
);
console.log('|---|---|---|---|---|---|');
console.log(
  `| tupu | ${examples.length} | ${formatPrf(tally)} | ${creditGold} | ${creditGold ? (creditFound / creditGold).toFixed(2) : 'n/a'} | ${seconds.toFixed(1)} |`,
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
