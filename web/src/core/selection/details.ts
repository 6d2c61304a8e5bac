/** What the side panel shows: a node's facts and its relations grouped by edge type, with evidence. */
import { rankEvidence } from '../../../../graph/evidence.ts';
import type { TupuGraph } from '../../../../graph/json/index.ts';
import { EDGE_TYPES, type EdgeType, type NodeType } from '../../../../graph/schema.ts';
import type { EdgePredicate, GraphPath } from './types.ts';

export interface EvidenceItem {
  /** The first article the sentence was found in. */
  article: string;
  articleTitle: string;
  sentence: string;
  /** Every article with this sentence (duplicates folded). */
  articles: string[];
  /** Where the sentence starts in the first article's text (graphs from before: absent). */
  offset?: number;
  /** Names both ends; false = it only mentions one (shown last, collapsed). */
  namesBoth: boolean;
}

export interface Relation {
  edge: string;
  type: EdgeType;
  direction: 'out' | 'in';
  other: string;
  otherLabel: string;
  otherType: NodeType;
  evidence: EvidenceItem[];
  extra: Record<string, unknown>;
}

export interface RelationGroup {
  type: EdgeType;
  direction: 'out' | 'in';
  relations: Relation[];
}

export interface NodeDetails {
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  /** Other people printed with the same name and kept apart by resolution (in this graph). */
  namesakes: Array<{ key: string; label: string }>;
  pinyin: string;
  articles: Array<{ key: string; title: string }>;
  facts: Record<string, unknown>;
  groups: RelationGroup[];
}

const FACT_KEYS = [
  'role',
  'organization',
  'kind',
  'level',
  'parent',
  'district',
  'date',
  'file',
  'mentions',
];

export function articleTitle(graph: TupuGraph, article: string): string {
  if (!graph.hasNode(article)) return article;
  const a = graph.getNodeAttributes(article);
  return String(a.title ?? a.label ?? article);
}

/** Evidence best first (graph/evidence.ts): both ends named, duplicates folded. */
function evidenceOf(graph: TupuGraph, edge: string): EvidenceItem[] {
  return rankEvidence(graph, edge).map((e) => ({
    article: e.articles[0]!,
    articleTitle: articleTitle(graph, e.articles[0]!),
    sentence: e.sentence,
    articles: e.articles,
    namesBoth: e.namesBoth,
    ...(e.offset === undefined ? {} : { offset: e.offset }),
  }));
}

function relationOf(graph: TupuGraph, node: string, edge: string): Relation {
  const { type, evidence: _e, ...extra } = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const other = source === node ? graph.target(edge) : source;
  const o = graph.getNodeAttributes(other);
  return {
    edge,
    type,
    direction: source === node ? 'out' : 'in',
    other,
    otherLabel: o.label ?? other,
    otherType: o.type,
    evidence: evidenceOf(graph, edge),
    extra,
  };
}

/** Relations grouped by (type, direction) in schema order; MENTIONS last, evidence-rich first. */
export function nodeDetails(
  graph: TupuGraph,
  key: string,
  edgeOk: EdgePredicate = () => true,
): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(key, (edge) => {
    if (!edgeOk(edge)) return;
    const rel = relationOf(graph, key, edge);
    const id = `${rel.type}:${rel.direction}`;
    const group = groups.get(id) ?? { type: rel.type, direction: rel.direction, relations: [] };
    group.relations.push(rel);
    groups.set(id, group);
  });
  const order = (g: RelationGroup) =>
    EDGE_TYPES.indexOf(g.type) * 2 + (g.direction === 'out' ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of sorted)
    g.relations.sort(
      (a, b) =>
        strong(b) - strong(a) ||
        b.evidence.length - a.evidence.length ||
        a.otherLabel.localeCompare(b.otherLabel),
    );
  const articles = (attrs.articles ?? []).map((a) => ({ key: a, title: articleTitle(graph, a) }));
  const facts = Object.fromEntries(
    FACT_KEYS.filter((k) => attrs[k] !== undefined).map((k) => [k, attrs[k]]),
  );
  return {
    key,
    type: attrs.type,
    label: attrs.label,
    aliases: attrs.aliases ?? [],
    namesakes: (attrs.namesakeOf ?? [])
      .filter((k) => graph.hasNode(k))
      .map((k) => ({ key: k, label: String(graph.getNodeAttribute(k, 'label')) })),
    pinyin: typeof attrs.pinyin === 'string' ? attrs.pinyin : '',
    articles,
    facts,
    groups: sorted,
  };
}

/** Sentences naming both ends: relations backed by them come first. */
const strong = (r: Relation) => r.evidence.filter((e) => e.namesBoth).length;

export interface PathHopDetails {
  from: string;
  to: string;
  relations: Relation[];
}

/** Each hop of a path with its edges (seen from the hop's start) and their evidence. */
export function pathDetails(graph: TupuGraph, path: GraphPath): PathHopDetails[] {
  return path.hops.map((edges, i) => ({
    from: path.nodes[i]!,
    to: path.nodes[i + 1]!,
    relations: edges.map((edge) => relationOf(graph, path.nodes[i]!, edge)),
  }));
}

export interface TextSegment {
  text: string;
  mark: boolean;
}

/** Split text into plain and highlighted segments for the given terms (longest term wins). */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const wanted = [...new Set(terms.filter((t) => t && t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const segments: TextSegment[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const term = wanted.find((t) => text.startsWith(t, i));
    if (term) {
      if (plain) segments.push({ text: plain, mark: false });
      segments.push({ text: term, mark: true });
      plain = '';
      i += term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) segments.push({ text: plain, mark: false });
  return segments;
}

/**
 * Index of the paragraph holding the evidence sentence: the whole sentence (spacing ignored)
 * first; only if no paragraph has it, the first with its opening; -1 if none.
 */
export function evidenceParagraph(paragraphs: readonly string[], sentence: string): number {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const whole = squash(sentence);
  const exact = paragraphs.findIndex((p) => squash(p).includes(whole));
  if (exact >= 0 || whole.length < 12) return exact;
  return paragraphs.findIndex((p) => squash(p).includes(whole.slice(0, 12)));
}
