import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { ViewState } from '../state.ts';

export function hasActiveFilters(state: ViewState): boolean {
  return (
    state.hiddenNodeTypes.length > 0 ||
    state.hiddenEdgeTypes.length > 0 ||
    state.articles.length > 0 ||
    state.focus !== null ||
    state.collapsed.length > 0
  );
}

/** Entities mentioned in the chosen articles: by their `articles` list, or by an edge to the article. */
export function articleFilter(
  graph: TupuGraph,
  articles: readonly string[],
): (key: string) => boolean {
  if (!articles.length) return () => true;
  const chosen = new Set(articles);
  const linked = new Set<string>();
  for (const article of articles) {
    if (!graph.hasNode(article)) continue;
    graph.forEachNeighbor(article, (n) => linked.add(n));
  }
  return (key) => {
    if (chosen.has(key) || linked.has(key)) return true;
    const list = graph.getNodeAttribute(key, 'articles');
    return Array.isArray(list) && list.some((a) => chosen.has(a));
  };
}
