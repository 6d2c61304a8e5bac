/**
 * `npm run bench:posts -- --data <dir> [--gold tests/fixtures/real/cctv-news.json] [--show]`:
 * person–post pairs and reporters' credits on real news, against our own annotations (facts
 * only: names, posts, roles; the text is not ours and stays under /tmp). The gold file says
 * where to get the text. A pair matches when the person's node holds a post whose label or an
 * alias equals the annotated post; `--show` lists misses and extra pairs.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestPaths } from '../ingest/index.ts';
import { exportGraph } from '../graph/json/index.ts';

type Exported = ReturnType<typeof exportGraph>;

interface RealGold {
  source: string;
  files: Record<
    string,
    { pairs: [string, string][]; credits: [string, string][]; addedAfterRun?: [string, string][] }
  >;
}

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const data = arg('--data');
const goldPath = arg('--gold', 'tests/fixtures/real/cctv-news.json')!;
const show = process.argv.includes('--show');
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as RealGold;
if (!data) {
  console.error(`bench/posts-real: --data <dir> is required; the text: ${gold.source}`);
  process.exit(2);
}

const files = Object.keys(gold.files).map((f) => `${data}/${f}`);
const graph = exportGraph((await ingestPaths(files, { root: data })).graph);

/** Per file: the person–post pairs and the credits of the graph (as "person|post" keys). */
function found(g: Exported): Map<string, { pairs: Set<string>; credits: Set<string> }> {
  const nodes = new Map(g.nodes.map((n) => [n.key, n.attributes as Record<string, unknown>]));
  const fileOf = new Map<string, string>();
  for (const n of g.nodes)
    if (n.attributes.type === 'article') fileOf.set(n.key, basename(String(n.attributes.file)));
  const out = new Map<string, { pairs: Set<string>; credits: Set<string> }>();
  const at = (file: string) => {
    if (!out.has(file)) out.set(file, { pairs: new Set(), credits: new Set() });
    return out.get(file)!;
  };
  for (const e of g.edges) {
    const a = e.attributes as Record<string, unknown>;
    const person = String(nodes.get(e.source)?.label);
    if (a.type === 'HOLDS') {
      const post = nodes.get(e.target)!;
      const labels = [post.label, ...((post.aliases as string[]) ?? [])].map(String);
      for (const ev of a.evidence as { article: string }[]) {
        const file = fileOf.get(ev.article);
        if (file) for (const l of labels) at(file).pairs.add(`${person}|${l}`);
        if (file) at(file).pairs.add(`#${person}|${post.label}`);
      }
    }
    if (a.type === 'WROTE') {
      const file = fileOf.get(e.target);
      if (file) at(file).credits.add(`${person}|${String(a.role)}`);
    }
  }
  return out;
}

const byFile = found(graph);
let pairTp = 0;
let pairGold = 0;
let pairPredicted = 0;
let creditTp = 0;
let creditGold = 0;
for (const [file, g] of Object.entries(gold.files)) {
  const f = byFile.get(file) ?? { pairs: new Set<string>(), credits: new Set<string>() };
  const goldKeys = new Set(
    [...g.pairs, ...(g.addedAfterRun ?? [])].map(([p, post]) => `${p}|${post}`),
  );
  for (const key of goldKeys) {
    pairGold++;
    if (f.pairs.has(key)) pairTp++;
    else if (show) console.log(`missed ${file} ${key}`);
  }
  for (const [name, role] of g.credits) {
    creditGold++;
    if (f.credits.has(`${name}|${role}`)) creditTp++;
    else if (show) console.log(`missed credit ${file} ${name}|${role}`);
  }
}
// Precision: each predicted pair (person, canonical post) counts once; it is right when the
// label or one of its aliases is annotated for that person.
let pairRight = 0;
for (const [file, g] of Object.entries(gold.files)) {
  const f = byFile.get(file);
  if (!f) continue;
  const goldKeys = new Set(
    [...g.pairs, ...(g.addedAfterRun ?? [])].map(([p, post]) => `${p}|${post}`),
  );
  const aliasesOf = new Map<string, string[]>();
  for (const k of f.pairs) if (k.startsWith('#')) aliasesOf.set(k.slice(1), []);
  for (const canonical of aliasesOf.keys()) {
    const [person, label] = canonical.split('|');
    pairPredicted++;
    if (goldKeys.has(`${person}|${label}`) || aliasMatches(f.pairs, goldKeys, person!, label!))
      pairRight++;
    else if (show) console.log(`extra  ${file} ${person}|${label}`);
  }
}

function aliasMatches(pairs: Set<string>, goldKeys: Set<string>, person: string, label: string) {
  const post = graph.nodes.find(
    (n) => n.attributes.type === 'post' && n.attributes.label === label,
  );
  const aliases = ((post?.attributes.aliases as string[]) ?? []).map((a) => `${person}|${a}`);
  return aliases.some((a) => goldKeys.has(a) && pairs.has(a));
}

const p = pairPredicted ? pairRight / pairPredicted : 0;
const r = pairGold ? pairTp / pairGold : 0;
console.log(`| data | pairs gold | pair recall | pair precision | credits gold | credit recall |`);
console.log(`|---|---|---|---|---|---|`);
console.log(
  `| ${Object.keys(gold.files).length} files of ${gold.source.split(' ')[0]} | ${pairGold} | ${r.toFixed(2)} | ${p.toFixed(2)} | ${creditGold} | ${creditGold ? (creditTp / creditGold).toFixed(2) : 'n/a'} |`,
);
