/**
 * Facts of many stories -> one tupu graph. Entity resolution happens here: one node per real
 * thing, aliases kept, evidence merged, pinyin added. Deterministic for the same input.
 *
 * Facts are gathered in plain maps (fast to merge) and turned into a graphology graph once.
 */
import { pinyin } from 'pinyin-pro';
import { createTupuGraph, type TupuGraph } from '../graph/json/index.ts';
import {
  edgeKey,
  nodeKey,
  type EdgeAttributes,
  type EdgeType,
  type Evidence,
  type NodeAttributes,
} from '../graph/schema.ts';
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

interface EdgeDraft {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** article + sentence of the evidence already there, so repeated facts merge in linear time. */
  seen: Set<string>;
}

class GraphDraft {
  readonly nodes = new Map<string, NodeAttributes>();
  readonly edges = new Map<string, EdgeDraft>();
  readonly seenIn = new Map<string, Set<string>>();
  private readonly sentences = new Map<string, string>();

  /**
   * One flat copy per distinct sentence. A sentence sliced from an article keeps the whole
   * article alive in V8; a copy lets the text go, so memory follows the graph, not the text.
   */
  private intern(sentence: string): string {
    let flat = this.sentences.get(sentence);
    if (flat === undefined) {
      flat = Buffer.from(sentence, 'utf8').toString('utf8');
      this.sentences.set(flat, flat);
    }
    return flat;
  }

  entity(r: EntityRef, surfaces: string[] = [], facts: Record<string, string> = {}): string {
    const key = nodeKey(r.type, r.name);
    let attrs = this.nodes.get(key);
    if (!attrs) this.nodes.set(key, (attrs = { type: r.type, label: r.name }));
    for (const s of surfaces) {
      if (s === r.name || attrs.aliases?.includes(s)) continue;
      (attrs.aliases ??= []).push(s);
    }
    for (const [k, v] of Object.entries(facts)) if (attrs[k] === undefined) attrs[k] = v;
    return key;
  }

  edge(
    type: EdgeType,
    source: string,
    target: string,
    evidence: Evidence,
    qualifier = '',
  ): EdgeAttributes {
    const key = edgeKey(type, source, target, qualifier);
    let draft = this.edges.get(key);
    if (!draft)
      this.edges.set(
        key,
        (draft = { source, target, attributes: { type, evidence: [] }, seen: new Set() }),
      );
    const id = `${evidence.article}\n${evidence.sentence}`;
    if (evidence.sentence && !draft.seen.has(id)) {
      draft.seen.add(id);
      draft.attributes.evidence.push({
        article: evidence.article,
        sentence: this.intern(evidence.sentence),
      });
    }
    return draft.attributes;
  }

  mentionedIn(key: string, article: string): void {
    let set = this.seenIn.get(key);
    if (!set) this.seenIn.set(key, (set = new Set()));
    set.add(article);
  }

  toGraph(): TupuGraph {
    const graph = createTupuGraph();
    graph.setAttribute('generator', 'tupu');
    graph.setAttribute('schema', 1);
    for (const [key, attrs] of this.nodes) {
      const articles = this.seenIn.get(key);
      if (articles) attrs.articles = [...articles].sort();
      if (attrs.aliases) attrs.aliases.sort();
      attrs.pinyin = pinyinOf(attrs.label, attrs.type === 'person');
      graph.addNode(key, attrs);
    }
    for (const [key, e] of this.edges)
      graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attributes);
    return graph;
  }
}

export function buildGraph(articles: ArticleRecord[], options: BuildOptions = {}): TupuGraph {
  const draft = new GraphDraft();
  const rename = parkAliasMap(articles);
  const ref = (r: EntityRef): EntityRef => ({ type: r.type, name: rename(r) });
  for (const a of articles) {
    draft.nodes.set(a.key, {
      type: 'article',
      label: a.title,
      title: a.title,
      file: a.file,
      chars: a.chars,
      ...(a.date ? { date: a.date } : {}),
      ...(options.articleText === false ? {} : { text: a.text }),
    });
    addArticleFacts(draft, a, ref);
  }
  return draft.toGraph();
}

function addArticleFacts(
  draft: GraphDraft,
  a: ArticleRecord,
  ref: (r: EntityRef) => EntityRef,
): void {
  for (const e of a.facts.entities) {
    const key = draft.entity(ref(e), e.surfaces, e.facts);
    draft.mentionedIn(key, a.key);
    const attrs = draft.nodes.get(key)!;
    attrs.mentions = (attrs.mentions ?? 0) + e.count;
    const edge = draft.edge('MENTIONS', a.key, key, { article: a.key, sentence: e.sentence });
    edge.count = (edge.count ?? 0) + e.count;
  }
  for (const r of a.facts.relations) {
    const source = draft.entity(ref(r.source));
    const target = draft.entity(ref(r.target));
    if (source === target) continue;
    const edge = draft.edge(r.type, source, target, { article: a.key, sentence: r.sentence });
    if (r.attributes) Object.assign(edge, r.attributes);
    if (r.type === 'HOLDS' && a.date && (!edge.asOf || edge.asOf < a.date)) edge.asOf = a.date;
  }
  for (const b of a.facts.bylines) {
    const person = draft.entity({ type: 'person', name: b.name });
    const edge = draft.edge(
      'WROTE',
      person,
      a.key,
      { article: a.key, sentence: b.sentence },
      b.role,
    );
    edge.role = b.role;
  }
}

const pinyinCache = new Map<string, string>();
/** Toneless, space separated; surname readings for people (单 -> shan). */
function pinyinOf(label: string, isPerson: boolean): string {
  const cacheKey = (isPerson ? 'p:' : 'n:') + label;
  let value = pinyinCache.get(cacheKey);
  if (value === undefined) {
    value = pinyin(label, {
      toneType: 'none',
      mode: isPerson ? 'surname' : 'normal',
      nonZh: 'consecutive',
    })
      .replace(/\s+/g, ' ')
      .trim();
    pinyinCache.set(cacheKey, value);
  }
  return value;
}
