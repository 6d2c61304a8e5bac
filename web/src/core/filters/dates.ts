/**
 * Date-range filter: an edge is shown when one of its evidence articles is dated within the
 * range (graph/time's `evidenceDates`; an edge to an article also counts that article's date).
 * Edges with no dated article are kept unless the user turns that off. A node stays when one
 * of its edges is shown (an article: when its own date is in range), or when it has no edges.
 */
import type { TupuGraph } from '../../../../graph/json/index.ts';
import { evidenceDates } from '../../../../graph/time.ts';

export interface DateRange {
  /** ISO dates (YYYY-MM-DD), inclusive; null = open. */
  from: string | null;
  to: string | null;
  /** Keep edges (and articles) that have no dated article. */
  keepUndated: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value));

export function dateRangeActive(range: DateRange): boolean {
  return range.from !== null || range.to !== null;
}

function articleDate(graph: TupuGraph, key: string): string | null {
  const a = graph.getNodeAttributes(key);
  const date = a.type === 'article' ? String(a.date ?? '').slice(0, 10) : '';
  return isIsoDate(date) ? date : null;
}

/** Dates of an edge: its evidence articles' and, for an edge to an article, that article's. */
export function edgeDates(graph: TupuGraph, edge: string): string[] {
  const dates = new Set(evidenceDates(graph, edge));
  for (const end of graph.extremities(edge)) {
    const d = articleDate(graph, end);
    if (d) dates.add(d);
  }
  return [...dates].sort();
}

export interface DatePredicates {
  edgeOk: (edge: string) => boolean;
  nodeOk: (node: string) => boolean;
}

/** Predicates for the range; null when no bound is set (nothing filtered). */
export function dateRangeFilter(graph: TupuGraph, range: DateRange): DatePredicates | null {
  if (!dateRangeActive(range)) return null;
  const inRange = (d: string) =>
    (range.from === null || d >= range.from) && (range.to === null || d <= range.to);
  const datesOk = (dates: readonly string[]) =>
    dates.length === 0 ? range.keepUndated : dates.some(inRange);
  const edges = new Set(graph.filterEdges((edge) => datesOk(edgeDates(graph, edge))));
  const nodeOk = (node: string) => {
    if (graph.getNodeAttribute(node, 'type') === 'article') {
      const d = articleDate(graph, node);
      return d ? inRange(d) : range.keepUndated;
    }
    return graph.degree(node) === 0 || graph.someEdge(node, (e) => edges.has(e));
  };
  return { edgeOk: (edge) => edges.has(edge), nodeOk };
}

/** First and last article date of the graph, for the range inputs. */
export function articleDateBounds(graph: TupuGraph): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachNode((key) => {
    const d = articleDate(graph, key);
    if (!d) return;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  });
  return min && max ? { min, max } : null;
}
