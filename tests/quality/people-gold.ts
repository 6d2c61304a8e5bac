/**
 * `npx tsx tests/quality/people-gold.ts <people-gold.json> <graph.json> [--show]`: person precision
 * and recall, and person–post pairs, per day of a fetched corpus against a blind gold list of every
 * person printed in each day's text (tests/fixtures/cctv24/people-gold.json; the text stays under
 * /tmp). The gold's named strategies are scored by tests/quality/resolution.ts (same file format).
 *
 * A person node counts for a day when one of its articles is that day's file; it is right when its
 * label or an alias is a name in the day's gold list. Posts: strict = the post's label or alias is the
 * printed post; loose = one of the two ends with the other (市委书记 vs 重庆市委书记).
 */
import { readFileSync } from 'node:fs';
import type { SerializedTupuGraph } from '../../graph/schema.ts';

interface Gold {
  people: Record<string, string[]>;
  posts?: Record<string, [string, string][]>;
  /** per day, a dotted full name → the short form also printed that day (either form is right) */
  short_forms?: Record<string, Record<string, string>>;
}

const args = process.argv.slice(2);
const show = args.includes('--show');
const [goldFile, graphFile] = args.filter((a) => !a.startsWith('--'));
if (!goldFile || !graphFile) {
  console.error(
    'tests/quality/people-gold: usage: people-gold.ts <gold.json> <graph.json> [--show]',
  );
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
const g = JSON.parse(readFileSync(graphFile, 'utf8')) as SerializedTupuGraph;

type Node = SerializedTupuGraph['nodes'][number];
const forms = (n: Node): string[] => [n.attributes.label, ...(n.attributes.aliases ?? [])];
const onDay = (n: Node, day: string) => (n.attributes.articles ?? []).some((a) => a.includes(day));
const byKey = new Map(g.nodes.map((n) => [n.key, n]));
const persons = g.nodes.filter((n) => n.attributes.type === 'person');

let found = 0;
let right = 0;
let goldTotal = 0;
let recalled = 0;
let pairs = 0;
let strict = 0;
let loose = 0;
const extra: string[] = [];
const missed: string[] = [];
const missedPairs: string[] = [];
// Pairs found loosely but not as printed (市委书记 held as 重庆市委书记 only): what strict misses.
const looseOnly: string[] = [];
for (const [day, names] of Object.entries(gold.people)) {
  const today = persons.filter((n) => onDay(n, day));
  const short = gold.short_forms?.[day] ?? {};
  const spellings = (name: string) => [name, ...(short[name] ? [short[name]] : [])];
  const full = new Map(Object.entries(short).map(([f, s]) => [s, f]));
  const allSpellings = (name: string) => spellings(full.get(name) ?? name);
  const isPerson = (n: Node, name: string) => forms(n).some((f) => allSpellings(name).includes(f));
  const goldSet = new Set(names);
  for (const n of today) {
    found++;
    if ([...goldSet].some((name) => isPerson(n, name))) right++;
    else extra.push(`${day} ${n.attributes.label}`);
  }
  for (const name of goldSet) {
    goldTotal++;
    if (today.some((n) => isPerson(n, name))) recalled++;
    else missed.push(`${day} ${name}`);
  }
  for (const [name, post] of gold.posts?.[day] ?? []) {
    pairs++;
    const held = today
      .filter((n) => isPerson(n, name))
      .flatMap((n) =>
        g.edges
          .filter((e) => e.source === n.key && e.attributes.type === 'HOLDS')
          .map((e) => byKey.get(e.target))
          .filter((p): p is Node => p !== undefined)
          .flatMap(forms),
      );
    if (held.includes(post)) strict++;
    if (held.some((h) => h.endsWith(post) || post.endsWith(h))) {
      loose++;
      if (!held.includes(post)) looseOnly.push(`${day} ${name} ${post} (held: ${held.join('/')})`);
    } else missedPairs.push(`${day} ${name} ${post}`);
  }
}

// Pairs the graph gives that the gold lacks: a HOLDS edge with evidence in a day's file whose
// person is no gold name that day, or whose post matches none of that person's gold posts (loose).
// Golds leave some pairs out by convention (academic ranks, long shared lists): a count to read
// with --show, not a precision.
let given = 0;
const unmatched: string[] = [];
for (const day of Object.keys(gold.people)) {
  const short = gold.short_forms?.[day] ?? {};
  const full = new Map(Object.entries(short).map(([fullName, s]) => [s, fullName]));
  const goldPosts = new Map<string, string[]>();
  for (const [name, post] of gold.posts?.[day] ?? [])
    goldPosts.set(name, [...(goldPosts.get(name) ?? []), post]);
  for (const e of g.edges) {
    if (e.attributes.type !== 'HOLDS') continue;
    const evidence = (e.attributes.evidence ?? []) as { article: string }[];
    if (!evidence.some((x) => x.article.includes(day))) continue;
    const person = byKey.get(e.source);
    const post = byKey.get(e.target);
    if (!person || !post) continue;
    given++;
    const name = forms(person)
      .map((n) => full.get(n) ?? n)
      .find((n) => gold.people[day]!.includes(n));
    const posts = name ? (goldPosts.get(name) ?? []) : [];
    if (!forms(post).some((h) => posts.some((p) => h.endsWith(p) || p.endsWith(h))))
      unmatched.push(`${day} ${person.attributes.label} ${post.attributes.label}`);
  }
}

const f = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(2));
console.log(`\n**${graphFile}** against ${goldFile}\n`);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| person precision | ${f(right, found)} (${right}/${found}) |`);
console.log(`| person recall | ${f(recalled, goldTotal)} (${recalled}/${goldTotal}) |`);
if (pairs > 0) {
  console.log(`| person–post pairs, strict | ${f(strict, pairs)} (${strict}/${pairs}) |`);
  console.log(`| person–post pairs, loose | ${f(loose, pairs)} (${loose}/${pairs}) |`);
  console.log(`| pairs given, not in the gold | ${unmatched.length} of ${given} |`);
}
if (show) {
  console.log(`\nextra (${extra.length}): ${extra.join('; ')}`);
  console.log(`\nmissed (${missed.length}): ${missed.join('; ')}`);
  console.log(`\nmissed pairs (${missedPairs.length}): ${missedPairs.join('; ')}`);
  console.log(`\nloose only (${looseOnly.length}): ${looseOnly.join('; ')}`);
  console.log(`\npairs not in the gold (${unmatched.length}): ${unmatched.join('; ')}`);
}
