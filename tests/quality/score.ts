/**
 * Extraction quality: precision and recall per type against hand-made gold annotations
 * (tests/fixtures/gold for the seeds, tests/fixtures/heldout/gold for articles written apart from
 * the rules). Matching folds width, brackets and quotes; a gold entity matches a node by its name
 * or any alias of either side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TupuGraph } from '../../graph/json/index.ts';
import { nameKey } from '../../ingest/text/normalize.ts';

interface GoldEntity {
  name: string;
  aliases?: string[];
}
export interface Gold {
  file: string;
  people: { name: string; posts: string[] }[];
  bylines: { name: string; role: string }[];
  districts: (string | GoldEntity)[];
  parks: (string | GoldEntity)[];
  industries: (string | GoldEntity)[];
  programs: (string | GoldEntity)[];
}

export const SCORED = ['people', 'posts', 'districts', 'parks', 'industries', 'programs'] as const;
export type Scored = (typeof SCORED)[number];
const NODE_TYPE: Record<Exclude<Scored, 'people' | 'posts'>, string> = {
  districts: 'district',
  parks: 'park',
  industries: 'industry',
  programs: 'program',
};

export interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold entities matched by more than one node. */
  duplicates: number;
  missed: string[];
  spurious: string[];
}

export function readGold(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

const keysOf = (e: string | GoldEntity) =>
  new Set(
    [typeof e === 'string' ? e : e.name, ...(typeof e === 'string' ? [] : (e.aliases ?? []))].map(
      nameKey,
    ),
  );

function nodesOfFile(
  graph: TupuGraph,
  file: string,
  type: string,
): { label: string; keys: Set<string> }[] {
  const out: { label: string; keys: Set<string> }[] = [];
  graph.forEachNode((_, a) => {
    if (
      a.type !== type ||
      !a.articles?.some(
        (k) => k.startsWith(`article:${stripExt(file)}#`) || k.includes(`/${stripExt(file)}#`),
      )
    )
      return;
    out.push({ label: a.label, keys: new Set([a.label, ...(a.aliases ?? [])].map(nameKey)) });
  });
  return out;
}

const stripExt = (f: string) => f.replace(/\.(txt|md|markdown)$/, '');
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

function tallyEntities(
  golds: (string | GoldEntity)[],
  nodes: { label: string; keys: Set<string> }[],
): Tally {
  const goldKeys = golds.map(keysOf);
  let tp = 0;
  let duplicates = 0;
  const missed: string[] = [];
  goldKeys.forEach((g, i) => {
    const hits = nodes.filter((n) => intersects(n.keys, g)).length;
    if (hits > 0) tp++;
    else
      missed.push(
        typeof golds[i] === 'string' ? (golds[i] as string) : (golds[i] as GoldEntity).name,
      );
    if (hits > 1) duplicates++;
  });
  const spurious = nodes
    .filter((n) => !goldKeys.some((g) => intersects(n.keys, g)))
    .map((n) => n.label);
  return {
    tp,
    predicted: nodes.length - spurious.length + spurious.length,
    gold: golds.length,
    duplicates,
    missed,
    spurious,
  };
}

function postPairs(graph: TupuGraph, file: string): Set<string> {
  const people = new Set(nodesOfFile(graph, file, 'person').map((p) => p.label));
  const pairs = new Set<string>();
  graph.forEachEdge((_, a, s, t, sa, ta) => {
    if (a.type !== 'HOLDS' || !people.has(sa.label)) return;
    if (!a.evidence.some((e) => e.article.includes(`${stripExt(file)}#`))) return;
    for (const label of [ta.label, ...(ta.aliases ?? [])])
      pairs.add(`${sa.label}|${nameKey(label)}`);
  });
  return pairs;
}

export function scoreFile(graph: TupuGraph, gold: Gold): Record<Scored, Tally> {
  const personGold = [
    ...new Set([...gold.people.map((p) => p.name), ...gold.bylines.map((b) => b.name)]),
  ];
  const result = {
    people: tallyEntities(personGold, nodesOfFile(graph, gold.file, 'person')),
  } as Record<Scored, Tally>;
  for (const [k, type] of Object.entries(NODE_TYPE))
    result[k as Scored] = tallyEntities(
      gold[k as keyof Gold] as string[],
      nodesOfFile(graph, gold.file, type),
    );
  const pairs = postPairs(graph, gold.file);
  const goldPairs = gold.people.flatMap((p) => p.posts.map((post) => `${p.name}|${nameKey(post)}`));
  const found = goldPairs.filter((p) => pairs.has(p));
  result.posts = {
    tp: found.length,
    predicted: new Set([...pairs].map((p) => p)).size,
    gold: goldPairs.length,
    duplicates: 0,
    missed: goldPairs.filter((p) => !pairs.has(p)),
    spurious: [],
  };
  return result;
}

export function scoreAll(graph: TupuGraph, golds: Gold[]): Record<Scored, Tally> {
  const total = Object.fromEntries(
    SCORED.map((k) => [
      k,
      { tp: 0, predicted: 0, gold: 0, duplicates: 0, missed: [], spurious: [] },
    ]),
  ) as unknown as Record<Scored, Tally>;
  for (const g of golds) {
    const s = scoreFile(graph, g);
    for (const k of SCORED) {
      const t = total[k];
      t.tp += s[k].tp;
      t.predicted += s[k].predicted;
      t.gold += s[k].gold;
      t.duplicates += s[k].duplicates;
      t.missed.push(...s[k].missed.map((m) => `${g.file}: ${m}`));
      t.spurious.push(...s[k].spurious.map((m) => `${g.file}: ${m}`));
    }
  }
  return total;
}

export const precision = (t: Tally) =>
  t.predicted ? (t.predicted - t.spurious.length) / t.predicted : 1;
export const recall = (t: Tally) => (t.gold ? t.tp / t.gold : 1);

export function formatTable(title: string, scores: Record<Scored, Tally>): string {
  const rows = SCORED.map((k) => {
    const t = scores[k];
    const p = k === 'posts' ? '–' : precision(t).toFixed(2);
    return `| ${k} | ${t.gold} | ${k === 'posts' ? '–' : t.predicted} | ${p} | ${recall(t).toFixed(2)} | ${t.duplicates} |`;
  });
  return [
    `**${title}**`,
    '',
    '| type | gold | found | precision | recall | duplicates |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
