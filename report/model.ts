/**
 * What a report says, independent of how it is printed: counts, the people / parks /
 * programs tables with footnoted evidence, the other relations, and the sources.
 * Pure and browser-safe.
 */
import type { TupuGraph } from '../graph/json/index.ts';
import { NODE_TYPES, type EdgeType, type NodeAttributes, type NodeType } from '../graph/schema.ts';
import { Notes, type Note, type Source } from './notes.ts';

export interface Fact {
  key?: string;
  label: string;
  notes: number[];
  /** e.g. "former" for a post held before. */
  former?: boolean;
}
export interface PersonRow {
  person: Fact;
  posts: Fact[];
  organizations: Fact[];
  districts: Fact[];
}
export interface ParkRow {
  park: Fact;
  districts: Fact[];
  industries: Fact[];
}
export interface ProgramRow {
  program: Fact;
  kind?: string;
  runners: Fact[];
}
export interface RelationRow {
  source: Fact;
  type: EdgeType;
  target: Fact;
  notes: number[];
}

export interface ReportMeta {
  title?: string;
  /** What selected this subgraph (ego network, query, types). */
  selection?: string;
  /** When the report was made (default: now). */
  createdAt?: Date | string;
  /** Article metadata for evidence whose article node is not in the graph. */
  articles?: ReadonlyMap<string, NodeAttributes> | Record<string, NodeAttributes>;
}

export interface ReportModel {
  title: string;
  selection: string;
  createdAt: string;
  counts: Array<{ type: NodeType; count: number }>;
  edges: number;
  people: PersonRow[];
  parks: ParkRow[];
  programs: ProgramRow[];
  relations: RelationRow[];
  notes: Note[];
  sources: Source[];
}

export function formatDate(d: Date | string | undefined): string {
  if (typeof d === 'string') return d;
  const date = d ?? new Date();
  return date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

function lookupFor(graph: TupuGraph, articles: ReportMeta['articles']) {
  const map = articles instanceof Map ? articles : new Map(Object.entries(articles ?? {}));
  return (k: string) => (graph.hasNode(k) ? graph.getNodeAttributes(k) : undefined) ?? map.get(k);
}

/** Merge facts with the same key into one, keeping every footnote. */
function addFact(list: Fact[], fact: Fact): void {
  const same = list.find(
    (f) => (f.key ?? f.label) === (fact.key ?? fact.label) && !!f.former === !!fact.former,
  );
  if (!same) list.push({ ...fact, notes: [...fact.notes] });
  else for (const n of fact.notes) if (!same.notes.includes(n)) same.notes.push(n);
}

class Builder {
  readonly used = new Set<string>();
  constructor(
    readonly graph: TupuGraph,
    readonly notes: Notes,
  ) {}

  label(k: string): string {
    return String(this.graph.getNodeAttribute(k, 'label') ?? k);
  }
  ofType(type: NodeType): string[] {
    const g = this.graph;
    return g
      .filterNodes((_k, a) => a.type === type)
      .sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : 1));
  }
  /** Edges of `type` leaving (out) or entering (in) `node`, sorted, marked as used. */
  edges(node: string, type: EdgeType, dir: 'out' | 'in'): Array<{ other: string; fact: Fact }> {
    const g = this.graph;
    const list = dir === 'out' ? g.outEdges(node) : g.inEdges(node);
    return list
      .filter((e) => g.getEdgeAttribute(e, 'type') === type)
      .sort()
      .map((e) => {
        this.used.add(e);
        const other = dir === 'out' ? g.target(e) : g.source(e);
        const a = g.getEdgeAttributes(e);
        return {
          other,
          fact: {
            key: other,
            label: this.label(other),
            notes: this.notes.add(a.evidence),
            former: a.former === true || undefined,
          },
        };
      });
  }
  self(k: string): Fact {
    return { key: k, label: this.label(k), notes: [] };
  }
}

function personRow(b: Builder, person: string): PersonRow {
  const row: PersonRow = { person: b.self(person), posts: [], organizations: [], districts: [] };
  for (const { other: post, fact } of b.edges(person, 'HOLDS', 'out')) {
    addFact(row.posts, fact);
    const orgs = b.edges(post, 'POST_IN', 'out');
    const orgName = b.graph.getNodeAttribute(post, 'organization');
    if (!orgs.length && typeof orgName === 'string')
      addFact(row.organizations, { label: orgName, notes: [] });
    for (const { other: org, fact: of } of orgs) {
      addFact(row.organizations, of);
      for (const { fact: df } of b.edges(org, 'LOCATED_IN', 'out')) addFact(row.districts, df);
    }
  }
  return row;
}

function parkRow(b: Builder, park: string): ParkRow {
  const row: ParkRow = { park: b.self(park), districts: [], industries: [] };
  for (const { fact } of b.edges(park, 'LOCATED_IN', 'out')) addFact(row.districts, fact);
  const named = b.graph.getNodeAttribute(park, 'district');
  if (!row.districts.length && typeof named === 'string')
    addFact(row.districts, { label: named, notes: [] });
  for (const { fact } of b.edges(park, 'FOCUSES_ON', 'out')) addFact(row.industries, fact);
  return row;
}

function programRow(b: Builder, program: string): ProgramRow {
  const row: ProgramRow = { program: b.self(program), runners: [] };
  const kind = b.graph.getNodeAttribute(program, 'kind');
  if (typeof kind === 'string') row.kind = kind;
  for (const { fact } of b.edges(program, 'RUNS', 'in')) addFact(row.runners, fact);
  return row;
}

function relationRows(b: Builder): RelationRow[] {
  const g = b.graph;
  return g
    .edges()
    .sort()
    .filter((e) => !b.used.has(e) && g.getEdgeAttribute(e, 'type') !== 'MENTIONS')
    .map((e) => ({
      source: b.self(g.source(e)),
      type: g.getEdgeAttribute(e, 'type'),
      target: b.self(g.target(e)),
      notes: b.notes.add(g.getEdgeAttribute(e, 'evidence')),
    }));
}

export function buildReportModel(graph: TupuGraph, meta: ReportMeta = {}): ReportModel {
  const lookup = lookupFor(graph, meta.articles);
  const b = new Builder(graph, new Notes(lookup));
  // people holding posts first (the memo's subject), then the others, each in degree order
  const rows = b.ofType('person').map((p) => personRow(b, p));
  const people = [...rows.filter((r) => r.posts.length), ...rows.filter((r) => !r.posts.length)];
  const parks = b.ofType('park').map((p) => parkRow(b, p));
  const programs = b.ofType('program').map((p) => programRow(b, p));
  const relations = relationRows(b);
  for (const a of graph.filterNodes((_k, x) => x.type === 'article').sort()) b.notes.source(a);
  const counts = NODE_TYPES.map((type) => ({
    type,
    count: graph.filterNodes((_k, a) => a.type === type).length,
  })).filter((c) => c.count > 0);
  return {
    title: meta.title ?? '图谱报告 tupu report',
    selection: meta.selection ?? 'whole graph',
    createdAt: formatDate(meta.createdAt),
    counts,
    edges: graph.size,
    people,
    parks,
    programs,
    relations,
    notes: b.notes.notes,
    sources: b.notes.sourceList(),
  };
}
