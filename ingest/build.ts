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
  type NodeType,
} from '../graph/schema.ts';
import type { EntityRef, StoryFacts } from './extract/index.ts';
import { gazetteerNames } from './extract/named-programs.ts';
import type { ArticleRecord } from './records.ts';
import { printedName, resolver, type Resolver } from './resolve/index.ts';
import { bareTitleHolds, type ExtraHold } from './resolve/bare-title-holds.ts';
import { splitSentences } from './text/sentences.ts';

export type { ArticleRecord } from './records.ts';

export interface BuildOptions {
  /** Keep each article's text on its node (the explorer shows it). Default true. */
  articleText?: boolean;
}

interface EdgeDraft {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

interface NodeDraft {
  key: string;
  attrs: NodeAttributes;
}

class GraphDraft {
  readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, EdgeDraft>();
  /** The drafts of `edges` by type, source, then target (and qualifier). */
  private readonly edgeIndex = new Map<EdgeType, Map<string, Map<string, EdgeDraft>>>();
  /**
   * Nodes by type, then name: building a key string for every fact was a hot spot. The key is
   * made once per node (and looked up then, so a name that spells another node's key still
   * shares it, as before).
   */
  private readonly nodeIndex = new Map<string, Map<string, NodeDraft>>();
  readonly seenIn = new Map<string, Set<string>>();
  private readonly sentences = new Map<string, string>();
  private readonly articlesDone = new Set<string>();
  /** The article being added was added before (two records with one key): check all evidence. */
  private repeatArticle = false;

  /** Where each sentence of the article being added starts in its text (evidence `offset`). */
  private starts = new Map<string, number>();

  beginArticle(key: string, text: string): void {
    this.repeatArticle = this.articlesDone.has(key);
    this.articlesDone.add(key);
    this.starts = sentenceStarts(text);
    this.text = text;
  }

  private text = '';

  /**
   * A sentence the rules read across a line break (a post on the line above its name,
   * extract/title-lines.ts) is no sentence of the split: found in the text.
   */
  private linesAt(sentence: string): number | undefined {
    if (!sentence.includes('\n')) return undefined;
    const at = this.text.indexOf(sentence);
    return at < 0 ? undefined : at;
  }

  /**
   * One flat copy per distinct sentence. A sentence sliced from an article keeps the whole
   * article alive in V8; a copy lets the text go, so memory follows the graph, not the text.
   */
  private intern(sentence: string): string {
    // The same sentence object comes once per fact in it: answered without hashing or comparing
    // its text (a 1 MB one-sentence list made every lookup, and so the whole build, quadratic).
    if (sentence === this.lastSentence) return this.lastFlat;
    let flat = this.sentences.get(sentence);
    if (flat === undefined) {
      flat = Buffer.from(sentence, 'utf8').toString('utf8');
      this.sentences.set(flat, flat);
    }
    this.lastSentence = sentence;
    this.lastFlat = flat;
    return flat;
  }
  private lastSentence = '';
  private lastFlat = '';

  entity(
    type: NodeType,
    name: string,
    surfaces: string[],
    facts: Record<string, string>,
  ): NodeDraft {
    const node = this.node(type, name);
    const attrs = node.attrs;
    for (const s of surfaces) {
      if (s === name || attrs.aliases?.includes(s)) continue;
      (attrs.aliases ??= []).push(s);
    }
    for (const k in facts) if (attrs[k] === undefined) attrs[k] = facts[k];
    return node;
  }

  node(type: NodeType, name: string): NodeDraft {
    let byName = this.nodeIndex.get(type);
    if (!byName) this.nodeIndex.set(type, (byName = new Map()));
    let node = byName.get(name);
    if (!node) {
      const key = nodeKey(type, name);
      let attrs = this.nodes.get(key);
      if (!attrs) this.nodes.set(key, (attrs = { type, label: printedName(name) }));
      byName.set(name, (node = { key, attrs }));
    }
    return node;
  }

  edge(
    type: EdgeType,
    source: string,
    target: string,
    article: string,
    sentence: string,
    qualifier = '',
  ): EdgeAttributes {
    const draft = this.draftFor(type, source, target, qualifier);
    const evidence = draft.attributes.evidence;
    if (!sentence) return draft.attributes;
    // Interned first, so the look-back compares one string object with itself, not two texts.
    const flat = this.intern(sentence);
    if (this.hasEvidence(evidence, article, flat)) return draft.attributes;
    const offset = this.starts.get(sentence) ?? this.linesAt(sentence);
    evidence.push(
      offset === undefined ? { article, sentence: flat } : { article, sentence: flat, offset },
    );
    return draft.attributes;
  }

  private draftFor(type: EdgeType, source: string, target: string, qualifier: string): EdgeDraft {
    // Looked up by its parts, which are the nodes' own key strings (their hashes are cached), not
    // by a fresh key string per fact: hashing that string was the build's hot spot.
    let bySource = this.edgeIndex.get(type);
    if (!bySource) this.edgeIndex.set(type, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    const end = qualifier ? `${target}#${qualifier}` : target;
    let draft = byTarget.get(end);
    if (!draft) {
      const key = edgeKey(type, source, target, qualifier);
      draft = this.edges.get(key);
      if (!draft)
        this.edges.set(key, (draft = { source, target, attributes: { type, evidence: [] } }));
      byTarget.set(end, draft);
    }
    return draft;
  }

  /**
   * An article's evidence is added while that article is added, so it sits at the end of the
   * list: a short look back (no key strings, no set per edge) unless the article came twice.
   */
  private hasEvidence(list: Evidence[], article: string, sentence: string): boolean {
    for (let k = list.length - 1; k >= 0; k--) {
      const old = list[k]!;
      if (old.article !== article) {
        if (this.repeatArticle) continue;
        return false;
      }
      if (old.sentence === sentence) return true;
    }
    return false;
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
      if (attrs.mergedFrom) attrs.mergedFrom.sort();
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
  const resolve = resolver(articles);
  const bare = bareTitleHolds(
    articles,
    (name, article) => resolve.name({ type: 'person', name }, article),
    (name) => resolve.name({ type: 'post', name }, ''),
  );
  for (const a of articles) {
    draft.nodes.set(a.key, {
      type: 'article',
      label: a.title,
      title: a.title,
      file: a.file,
      chars: a.chars,
      ...(a.date ? { date: a.date } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.byline ? { byline: a.byline } : {}),
      ...(options.articleText === false ? {} : { text: a.text }),
    });
    // Without article text the graph carries no evidence offsets into it either.
    draft.beginArticle(a.key, options.articleText === false ? '' : a.text);
    addArticleFacts(draft, a, resolve);
    for (const h of bare.get(a.key) ?? []) addBareTitleHold(draft, a, h);
    if (options.articleText === false) a.text = ''; // memory follows the graph from here
  }
  markNamesakes(draft, resolve);
  return draft.toGraph();
}

/**
 * The extractors' sentences are splitSentences' (ingest/text/sentences.ts) of the same text:
 * split once more here, so no extractor has to carry offsets. A sentence printed twice
 * in one article points at its first printing.
 */
function sentenceStarts(text: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (const s of splitSentences(text)) if (!starts.has(s.text)) starts.set(s.text, s.start);
  return starts;
}

function addArticleFacts(draft: GraphDraft, a: ArticleRecord, resolve: Resolver): void {
  const rename = (r: EntityRef) => resolve.name(r, a.key);
  for (const e of a.facts.entities) {
    // Entities under their canonical names (parks merged, namesakes apart).
    const name = rename(e);
    // A named program of the gazetteer carries its other known names too (named-programs.ts).
    const known = e.type === 'program' ? gazetteerNames(name) : [];
    const { key, attrs } = draft.entity(e.type, name, [...e.surfaces, ...known], e.facts);
    noteMerges(attrs, e, name, resolve);
    draft.mentionedIn(key, a.key);
    attrs.mentions = (attrs.mentions ?? 0) + e.count;
    const edge = draft.edge('MENTIONS', a.key, key, a.key, e.sentence);
    edge.count = (edge.count ?? 0) + e.count;
    if (e.role) edge.role ??= e.role;
  }
  for (const r of a.facts.relations) {
    const source = draft.node(r.source.type, rename(r.source)).key;
    const target = draft.node(r.target.type, rename(r.target)).key;
    if (source === target) continue;
    const edge = draft.edge(r.type, source, target, a.key, r.sentence);
    if (r.attributes) Object.assign(edge, r.attributes);
    if (r.type === 'HOLDS' && a.date && (!edge.asOf || edge.asOf < a.date)) edge.asOf = a.date;
  }
  for (const b of a.facts.bylines) {
    const person = draft.node('person', rename({ type: 'person', name: b.name })).key;
    const edge = draft.edge('WROTE', person, a.key, a.key, b.sentence, b.role);
    edge.role = b.role;
  }
}

/** A bare title beside a holder whose office the rest of the corpus names (bare-title-holds.ts). */
function addBareTitleHold(draft: GraphDraft, a: ArticleRecord, h: ExtraHold): void {
  const source = draft.node('person', h.person).key;
  const target = draft.entity('post', h.post, [h.role], {}).key;
  const edge = draft.edge('HOLDS', source, target, a.key, h.sentence);
  if (a.date && (!edge.asOf || edge.asOf < a.date)) edge.asOf = a.date;
}

/**
 * `mergedFrom`: each other name this node was printed as and the rule that made it this node,
 * "市委: home area of the article (重庆市)" — what `tupu stats --merges` lists.
 */
function noteMerges(
  attrs: NodeAttributes,
  e: StoryFacts['entities'][number],
  name: string,
  resolve: Resolver,
): void {
  const add = (from: string, why: string) => {
    const line = `${from}: ${why}`;
    const list = (attrs.mergedFrom ??= []);
    if (!list.includes(line)) list.push(line);
  };
  if (e.merged)
    for (const [from, why] of Object.entries(e.merged)) if (from !== name) add(from, why);
  const why = resolve.reason(e, name);
  if (why) add(e.name, why);
}

/** Namesakes point at each other (the explorer says "another person of the same name"). */
function markNamesakes(draft: GraphDraft, resolve: Resolver): void {
  for (const [key, attrs] of draft.nodes) {
    if (attrs.type !== 'person') continue;
    const name = key.slice('person:'.length);
    const others = resolve.namesakes.namesakesOf(name);
    if (others.length) attrs.namesakeOf = others.map((n) => nodeKey('person', n)).sort();
    const ties = resolve.namesakes.joinedBy(name);
    if (ties.length) attrs.joinedBy = ties;
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
