/**
 * Facts of many stories -> one tupu graph. Entity resolution happens here: one node per real
 * thing, aliases kept, evidence merged, pinyin added. Deterministic for the same input.
 */
import { pinyin } from 'pinyin-pro';
import { createTupuGraph, type TupuGraph } from '../graph/json/index.ts';
import { edgeKey, nodeKey, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeType } from '../graph/schema.ts';
import type { EntityRef, StoryFacts } from './extract/index.ts';
import { parkAliasMap } from './resolve/parks.ts';

export interface ArticleRecord {
  key: string;
  title: string;
  file: string;
  date?: string;
  chars: number;
  /** Dropped (empty) when the graph does not keep article text, so memory follows the graph. */
  text: string;
  facts: StoryFacts;
}

export interface BuildOptions {
  /** Keep each article's text on its node (the explorer shows it). Default true. */
  articleText?: boolean;
}

export function buildGraph(articles: ArticleRecord[], options: BuildOptions = {}): TupuGraph {
  const graph = createTupuGraph();
  graph.setAttribute('generator', 'tupu');
  graph.setAttribute('schema', 1);
  const rename = parkAliasMap(articles);
  const ref = (r: EntityRef): EntityRef => ({ type: r.type, name: rename(r) });
  const seenIn = new Map<string, Set<string>>();
  for (const a of articles) {
    addNode(graph, 'article', a.key, {
      type: 'article',
      label: a.title,
      title: a.title,
      file: a.file,
      chars: a.chars,
      ...(a.date ? { date: a.date } : {}),
      ...(options.articleText === false ? {} : { text: a.text }),
    });
    addArticleFacts(graph, a, ref, seenIn);
  }
  // Collected as sets while building: a sorted list per node is written once, at the end.
  for (const [key, set] of seenIn) graph.setNodeAttribute(key, 'articles', [...set].sort());
  addPinyin(graph);
  return graph;
}

function addArticleFacts(
  graph: TupuGraph,
  a: ArticleRecord,
  ref: (r: EntityRef) => EntityRef,
  seenIn: Map<string, Set<string>>,
): void {
  for (const e of a.facts.entities) {
    const r = ref(e);
    const key = ensureEntity(graph, r, e.surfaces, e.facts);
    const attrs = graph.getNodeAttributes(key);
    if (!seenIn.has(key)) seenIn.set(key, new Set());
    seenIn.get(key)!.add(a.key);
    attrs.mentions = (attrs.mentions ?? 0) + e.count;
    const edge = mergeEdge(graph, 'MENTIONS', a.key, key, { article: a.key, sentence: e.sentence });
    graph.setEdgeAttribute(edge, 'count', (graph.getEdgeAttribute(edge, 'count') ?? 0) + e.count);
  }
  for (const r of a.facts.relations) {
    const source = ensureEntity(graph, ref(r.source));
    const target = ensureEntity(graph, ref(r.target));
    if (source === target) continue;
    const edge = mergeEdge(graph, r.type, source, target, { article: a.key, sentence: r.sentence });
    if (r.attributes) graph.mergeEdgeAttributes(edge, r.attributes);
    if (r.type === 'HOLDS' && a.date) {
      const asOf = graph.getEdgeAttribute(edge, 'asOf');
      if (!asOf || asOf < a.date) graph.setEdgeAttribute(edge, 'asOf', a.date);
    }
  }
  for (const b of a.facts.bylines) {
    const person = ensureEntity(graph, { type: 'person', name: b.name });
    const edge = mergeEdge(graph, 'WROTE', person, a.key, { article: a.key, sentence: b.sentence }, b.role);
    graph.setEdgeAttribute(edge, 'role', b.role);
  }
}

function addNode(graph: TupuGraph, type: NodeType, key: string, attrs: NodeAttributes): string {
  if (!graph.hasNode(key)) graph.addNode(key, attrs);
  return key;
}

function ensureEntity(graph: TupuGraph, r: EntityRef, surfaces: string[] = [], facts: Record<string, string> = {}): string {
  const key = nodeKey(r.type, r.name);
  if (!graph.hasNode(key)) graph.addNode(key, { type: r.type, label: r.name });
  const attrs = graph.getNodeAttributes(key);
  const aliases = surfaces.filter((s) => s !== r.name && !attrs.aliases?.includes(s));
  if (aliases.length) attrs.aliases = sortedUnion(attrs.aliases, aliases);
  for (const [k, v] of Object.entries(facts)) if (attrs[k] === undefined) attrs[k] = v;
  return key;
}

/** Evidence already on each edge, so merging stays linear however often a fact repeats. */
const evidenceSeen = new WeakMap<TupuGraph, Map<string, Set<string>>>();

function mergeEdge(
  graph: TupuGraph,
  type: EdgeType,
  source: string,
  target: string,
  evidence: { article: string; sentence: string },
  qualifier = '',
): string {
  const key = edgeKey(type, source, target, qualifier);
  if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, { type, evidence: [] });
  if (!evidence.sentence) return key;
  let seen = evidenceSeen.get(graph);
  if (!seen) evidenceSeen.set(graph, (seen = new Map()));
  let forEdge = seen.get(key);
  if (!forEdge) seen.set(key, (forEdge = new Set()));
  const id = `${evidence.article}\n${evidence.sentence}`;
  if (forEdge.has(id)) return key;
  forEdge.add(id);
  (graph.getEdgeAttributes(key) as EdgeAttributes).evidence.push(evidence);
  return key;
}

function sortedUnion(a: string[] | undefined, b: string[]): string[] {
  return [...new Set([...(a ?? []), ...b])].sort();
}

function addPinyin(graph: TupuGraph): void {
  graph.forEachNode((key, attrs) => {
    const mode = attrs.type === 'person' ? 'surname' : 'normal';
    attrs.pinyin = pinyin(attrs.label, { toneType: 'none', mode, nonZh: 'consecutive' })
      .replace(/\s+/g, ' ')
      .trim();
  });
}
