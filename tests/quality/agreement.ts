/**
 * `npx tsx tests/quality/agreement.ts <first annotation.json> <second annotation.json>`: how far two
 * independent junk/duplicate annotations of the same labels agree, per node type — each one's junk
 * share, the labels only one calls junk, observed agreement and Cohen's kappa, and each one's
 * duplicate groups. A junk target of 2 % means little if two readers differ by more than that, so
 * docs/extraction.md reports this beside the junk figures.
 */
import { readFileSync } from 'node:fs';

interface TypeNotes {
  entities: Record<string, string>;
  junk: string[];
}
const TYPES = ['organization', 'program', 'industry', 'park', 'district', 'post', 'person'];

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error('tests/quality/agreement: usage: agreement.ts <first.json> <second.json>');
  process.exit(2);
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, TypeNotes>;
const [first, second] = [read(fileA), read(fileB)];

/** Labels that share a canonical name, as sorted groups of two or more. */
function duplicateGroups(notes: TypeNotes): string[] {
  const byThing = new Map<string, string[]>();
  for (const [label, thing] of Object.entries(notes.entities)) {
    byThing.set(thing, [...(byThing.get(thing) ?? []), label]);
  }
  return [...byThing.values()].filter((g) => g.length > 1).map((g) => g.sort().join(' = '));
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0');
console.log('| type | labels | junk, first | junk, second | junk in both | agreement | kappa |');
console.log('|---|---|---|---|---|---|---|');
const notes: string[] = [];
for (const type of TYPES) {
  const a = first[type];
  const b = second[type];
  if (!a || !b) continue;
  const labels = [...new Set([...Object.keys(a.entities), ...a.junk])].sort();
  const junkA = new Set(a.junk);
  const junkB = new Set(b.junk);
  const n = labels.length;
  const agree = labels.filter((l) => junkA.has(l) === junkB.has(l)).length;
  const [pa, pb] = [junkA.size / (n || 1), junkB.size / (n || 1)];
  const observed = n ? agree / n : 1;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  const kappa = chance < 1 ? (observed - chance) / (1 - chance) : 1;
  const both = labels.filter((l) => junkA.has(l) && junkB.has(l)).length;
  console.log(
    `| ${type} | ${n} | ${junkA.size} (${pct(junkA.size, n)} %) | ${junkB.size} (${pct(junkB.size, n)} %) | ${both} | ${observed.toFixed(3)} | ${kappa.toFixed(2)} |`,
  );
  const onlyA = labels.filter((l) => junkA.has(l) && !junkB.has(l));
  const onlyB = labels.filter((l) => junkB.has(l) && !junkA.has(l));
  if (onlyA.length) notes.push(`- ${type}, junk only to the first: ${onlyA.join('、')}`);
  if (onlyB.length) notes.push(`- ${type}, junk only to the second: ${onlyB.join('、')}`);
  const [ga, gb] = [duplicateGroups(a), duplicateGroups(b)];
  if (ga.length || gb.length) {
    notes.push(
      `- ${type}, duplicate groups: first ${ga.join('; ') || 'none'}; second ${gb.join('; ') || 'none'}`,
    );
  }
}
if (notes.length) console.log(`\n${notes.join('\n')}`);
