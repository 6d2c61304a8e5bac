/**
 * An edge's evidence, best first: sentences naming both ends before sentences that only
 * mention one (a district "located in" a city is mostly sentences naming the district);
 * the same sentence from several articles folded into one item. Browser-safe; the explorer's
 * panels, paths and reports read it.
 */
import type { TupuGraph } from './json/index.ts';

export interface RankedEvidence {
  sentence: string;
  /** Articles the sentence was found in (first one first). */
  articles: string[];
  /** Where the sentence starts in the first article's text, when the graph recorded it. */
  offset?: number;
  /** The sentence names both ends (or the end that is not the article, for MENTIONS). */
  namesBoth: boolean;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The names a sentence may use for a node: its label, aliases and (posts) its role word. */
export function namesOf(graph: TupuGraph, key: string): string[] {
  const a = graph.getNodeAttributes(key);
  const names = [a.label, ...(a.aliases ?? [])];
  if (a.type === 'post' && typeof a.role === 'string' && a.role.length >= 2) names.push(a.role);
  return names.filter((n): n is string => typeof n === 'string' && n.length > 0).map(fold);
}

function names(graph: TupuGraph, key: string, sentence: string): boolean {
  if (graph.getNodeAttribute(key, 'type') === 'article') return true; // an article is the source
  return namesOf(graph, key).some((n) => sentence.includes(n));
}

export function rankEvidence(graph: TupuGraph, edge: string): RankedEvidence[] {
  const list = graph.getEdgeAttribute(edge, 'evidence');
  if (!Array.isArray(list)) return [];
  const [source, target] = graph.extremities(edge);
  const byText = new Map<string, RankedEvidence>();
  for (const e of list) {
    if (!e || typeof e.sentence !== 'string') continue;
    const key = fold(e.sentence);
    const seen = byText.get(key);
    if (seen) {
      if (!seen.articles.includes(e.article)) seen.articles.push(e.article);
      continue;
    }
    byText.set(key, {
      sentence: e.sentence,
      articles: [e.article],
      ...(typeof e.offset === 'number' ? { offset: e.offset } : {}),
      namesBoth: names(graph, source, key) && names(graph, target, key),
    });
  }
  // Stable order within a rank: as found (the evidence list keeps ingest order).
  return [...byText.values()].sort(
    (a, b) => Number(b.namesBoth) - Number(a.namesBoth) || b.articles.length - a.articles.length,
  );
}

/** The best sentence for a hop between two nodes over any of these edges. */
export function bestEvidence(
  graph: TupuGraph,
  edges: readonly string[],
): (RankedEvidence & { edge: string }) | null {
  let best: (RankedEvidence & { edge: string }) | null = null;
  for (const edge of edges) {
    const top = rankEvidence(graph, edge)[0];
    if (!top) continue;
    const better =
      !best ||
      Number(top.namesBoth) > Number(best.namesBoth) ||
      (top.namesBoth === best.namesBoth && top.articles.length > best.articles.length);
    if (better) best = { ...top, edge };
  }
  return best;
}
