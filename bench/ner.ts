/**
 * `npm run bench:ner -- --data <dir> [--split test|dev] [--no-peer] [--errors N]`: tupu's people
 * (and positions, defined in bench/ner/positions.ts) on public human-annotated NER sets, next to HanLP portable 1.8.4 on the same
 * examples in the same run. Exact-match string pairs per example; P / R / F1 and characters per
 * second. Each example is extracted as a one-line article. See bench/ner/data.ts for the data.
 */
import { performance } from 'node:perf_hooks';
import { extractStory } from '../ingest/extract/index.ts';
import { readDatasets, HOW_TO_GET, type Example } from './ner/data.ts';
import { hanlpPeople } from './ner/hanlp.ts';
import { predictedPositions } from './ner/positions.ts';
import { addExample, emptyTally, formatPrf, type Tally } from './ner/score.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const data = option('--data');
if (!data) {
  console.error(`bench/ner: --data <dir> is required\n${HOW_TO_GET}`);
  process.exit(2);
}
const split = option('--split') === 'dev' ? 'dev' : 'test';
const peer = !args.includes('--no-peer');
const showErrors = Number(option('--errors') ?? 0);

interface Predicted {
  person: string[];
  position: string[];
}

function tupu(e: Example): Predicted {
  const facts = extractStory(e.text);
  const person = facts.entities.filter((x) => x.type === 'person').flatMap((x) => x.surfaces);
  return { person: person.filter((p) => e.text.includes(p)), position: predictedPositions(e.text) };
}

let sets;
try {
  sets = readDatasets(data, split);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
extractStory('预热：李明表示。'); // load jieba and the gazetteers before timing
const rows: string[] = [];
const speed: string[] = [];
for (const set of sets) {
  const chars = set.examples.reduce((n, e) => n + e.text.length, 0);
  const t0 = performance.now();
  const ours = set.examples.map(tupu);
  const seconds = (performance.now() - t0) / 1000;
  const theirs = peer ? hanlpPeople(set.examples.map((e) => e.text)) : undefined;
  const tally: Record<string, Tally> = {
    person: emptyTally(),
    position: emptyTally(),
    hanlp: emptyTally(),
  };
  const errors: string[] = [];
  set.examples.forEach((e, k) => {
    addExample(tally.person!, ours[k]!.person, e.gold.person);
    addExample(tally.position!, ours[k]!.position, e.gold.position);
    if (theirs) addExample(tally.hanlp!, theirs.people[k]!, e.gold.person);
    const missed = e.gold.person.filter((g) => !ours[k]!.person.includes(g));
    const extra = ours[k]!.person.filter((p) => !e.gold.person.includes(p));
    if (missed.length || extra.length)
      errors.push(`-${missed.join(',')} +${extra.join(',')}\t${e.text}`);
  });
  rows.push(
    `| ${set.name} (${set.examples.length}) | person | ${formatPrf(tally.person!)} | ${theirs ? formatPrf(tally.hanlp!) : ''} |`,
  );
  if (set.classes.includes('position'))
    rows.push(
      `| ${set.name} (${set.examples.length}) | position | ${formatPrf(tally.position!)} | |`,
    );
  if (!set.name.includes(','))
    speed.push(
      `| ${set.name} | ${(chars / seconds / 1000).toFixed(0)}k | ${theirs ? (chars / theirs.seconds / 1000).toFixed(0) + 'k' : ''} |`,
    );
  for (const line of errors.slice(0, showErrors)) console.error(`${set.name}\t${line}`);
}
console.log('| data (examples) | class | tupu P / R / F1 | HanLP 1.8.4 P / R / F1 |');
console.log('|---|---|---|---|');
console.log(rows.join('\n'));
console.log('\n| data | tupu chars/s | HanLP chars/s |');
console.log('|---|---|---|');
console.log(speed.join('\n'));
