/**
 * `npx tsx tests/quality/resolution.ts <annotation.json> <graph.json>… [--groups]`: duplicate and
 * junk nodes per type, and recall of named strategies, against a hand annotation of a fetched
 * corpus (tests/fixtures/cctv20/annotation.json; the text itself stays under /tmp). `--groups`
 * also prints each duplicate group: the annotated thing and the labels of its nodes.
 */
import { readFileSync } from 'node:fs';
import type { SerializedTupuGraph } from '../../graph/schema.ts';

interface TypeNotes {
  entities: Record<string, string>;
  junk: string[];
}
interface Named {
  variants: Record<string, string[]>;
  days: Record<string, string[]>;
}
interface Annotation {
  strategies: Named;
  parks_recall?: Named;
  [type: string]: unknown;
}

const args = process.argv.slice(2);
const showGroups = args.includes('--groups');
const [annotationFile, ...graphs] = args.filter((a) => a !== '--groups');
if (!annotationFile || graphs.length === 0) {
  console.error('tests/quality/resolution: usage: resolution.ts <annotation.json> <graph.json>…');
  process.exit(2);
}
const notes = JSON.parse(readFileSync(annotationFile, 'utf8')) as Annotation;
const TYPES = ['organization', 'program', 'industry', 'park', 'district', 'post', 'person'];

for (const file of graphs) {
  const g = JSON.parse(readFileSync(file, 'utf8')) as SerializedTupuGraph;
  console.log(`\n**${file}**\n`);
  const groups: string[] = [];
  console.log('| type | nodes | duplicate nodes | junk nodes | not annotated |');
  console.log('|---|---|---|---|---|');
  for (const type of TYPES) {
    const t = notes[type] as TypeNotes | undefined;
    if (!t) continue; // an annotation may leave a type out
    // A namesake node (person:王刚#2) is annotated as 王刚#2 when the annotation tells it apart.
    const labels = g.nodes
      .filter((n) => n.attributes.type === type)
      .map((n) => {
        const nth = /#\d+$/.exec(n.key)?.[0];
        const own = nth && `${n.attributes.label}${nth}`;
        return own && (own in t.entities || t.junk.includes(own)) ? own : n.attributes.label;
      });
    const junk = labels.filter((l) => t.junk.includes(l));
    const byEntity = new Map<string, string[]>();
    for (const l of labels) {
      const e = t.entities[l] ?? (t.junk.includes(l) ? undefined : l);
      if (e) byEntity.set(e, [...(byEntity.get(e) ?? []), l]);
    }
    const dups = [...byEntity.values()].reduce((n, c) => n + c.length - 1, 0);
    if (showGroups)
      for (const [e, ls] of byEntity)
        if (ls.length > 1) groups.push(`${type}\t${e}\t${ls.join(' | ')}`);
    const unknown = labels.filter((l) => !(l in t.entities) && !t.junk.includes(l));
    const pct = (n: number) => `${n} (${((100 * n) / Math.max(1, labels.length)).toFixed(1)}%)`;
    console.log(
      `| ${type} | ${labels.length} | ${pct(dups)} | ${pct(junk.length)} | ${unknown.length} |`,
    );
  }
  if (showGroups) console.log(`\nduplicate groups:\n${groups.join('\n')}`);
  recall(g, 'program', 'named strategies', notes.strategies);
  // An annotation of local news may also list the parks named in the articles it read in full.
  if (notes.parks_recall) recall(g, 'park', 'named parks', notes.parks_recall);
}

/** Named things of one type: a node of that type mentioned in that day's article, named as a variant. */
function recall(g: SerializedTupuGraph, type: string, title: string, named: Named): void {
  let hit = 0;
  let total = 0;
  const missed: string[] = [];
  for (const [day, list] of Object.entries(named.days))
    for (const s of list) {
      total++;
      // Quotation marks and the width of brackets and digits are printing, not naming: compared
      // without marks and in one width on both sides (（2021—2025年） is (2021—2025年)).
      // The annotated name itself is always one of its variants (“粤车南下”政策 beside 粤车南下).
      const variants = [s, ...(named.variants[s] ?? [])].map(unquoted);
      const found = g.nodes.some(
        (n) =>
          n.attributes.type === type &&
          (n.attributes.articles ?? []).some((a) => a.includes(day)) &&
          [n.attributes.label, ...(n.attributes.aliases ?? [])].some((x) =>
            variants.includes(unquoted(x)),
          ),
      );
      if (found) hit++;
      else missed.push(`${day} ${s}`);
    }
  console.log(`\n${title}: recall ${(hit / total).toFixed(2)} (${hit}/${total})`);
  console.log(`missed: ${missed.join('; ')}`);
}

function unquoted(s: string): string {
  return s.replace(/[“”"‘’]/g, '').normalize('NFKC');
}
