/**
 * Time from evidence: a HOLDS edge is seen from the date of the first article with a
 * sentence for it to the date of the last one. Articles carry dates, posts have no tenure
 * in the text, so this is what "who holds this post now" can honestly answer: the holder
 * seen in the latest article. Browser-safe.
 */
import type { TupuGraph } from './json/index.ts';

export interface Tenure {
  edge: string;
  holder: string;
  post: string;
  /** ISO dates (YYYY-MM-DD) of the first and last article evidencing the edge. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** The text called it a former post (原任, 曾任…). */
  former: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}/;

/** Dates of the articles an edge's evidence comes from (and its asOf), sorted. */
export function evidenceDates(graph: TupuGraph, edge: string): string[] {
  const attrs = graph.getEdgeAttributes(edge);
  const dates = new Set<string>();
  for (const e of attrs.evidence ?? []) {
    const date = graph.hasNode(e.article) ? graph.getNodeAttribute(e.article, 'date') : undefined;
    if (typeof date === 'string' && ISO.test(date)) dates.add(date.slice(0, 10));
  }
  if (typeof attrs.asOf === 'string' && ISO.test(attrs.asOf)) dates.add(attrs.asOf.slice(0, 10));
  return [...dates].sort();
}

export function tenureOf(graph: TupuGraph, edge: string): Tenure {
  const dates = evidenceDates(graph, edge);
  return {
    edge,
    holder: graph.source(edge),
    post: graph.target(edge),
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    former: graph.getEdgeAttribute(edge, 'former') === true,
  };
}

/** A post's holders in time order (first seen, then last seen); undated ones last. */
export function holdersOf(graph: TupuGraph, post: string): Tenure[] {
  const list = graph
    .inEdges(post)
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'HOLDS')
    .map((e) => tenureOf(graph, e));
  const key = (d: string | null) => d ?? '9999';
  return list.sort(
    (a, b) =>
      key(a.firstSeen).localeCompare(key(b.firstSeen)) ||
      key(a.lastSeen).localeCompare(key(b.lastSeen)) ||
      a.holder.localeCompare(b.holder),
  );
}

/**
 * Who holds the post as of the latest article that names a holder: the holders (not former)
 * seen last on that date. Several when one article names several (deputies share a title).
 */
export function currentHolders(
  graph: TupuGraph,
  post: string,
): { asOf: string; holders: Tenure[] } | null {
  const current = holdersOf(graph, post).filter((t) => !t.former && t.lastSeen);
  const latest = current.reduce<string | null>(
    (max, t) => (max === null || t.lastSeen! > max ? t.lastSeen : max),
    null,
  );
  if (!latest) return null;
  return { asOf: latest, holders: current.filter((t) => t.lastSeen === latest) };
}
