import type { TupuGraph } from '../../../../graph/json/index.ts';
import type { ViewState } from '../state.ts';

export function hasActiveFilters(state: ViewState): boolean {
  return (
    state.hiddenNodeTypes.length > 0 ||
    state.hiddenNodes.length > 0 ||
    state.hiddenEdgeTypes.length > 0 ||
    state.articles.length > 0 ||
    state.dateFrom !== null ||
    state.dateTo !== null ||
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

export interface ArticleOption {
  key: string;
  title: string;
}

/** Articles, sorted by title, for the article filter. */
export function articleOptions(data: TupuGraph): ArticleOption[] {
  return data
    .filterNodes((_k, a) => a.type === 'article')
    .map((key) => ({
      key,
      title: String(data.getNodeAttribute(key, 'title') ?? data.getNodeAttribute(key, 'label')),
    }))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** Edge types the graph has. */
export function edgeTypesPresent(data: TupuGraph): Set<string> {
  const types = new Set<string>();
  data.forEachEdge((_k, a) => void types.add(a.type));
  return types;
}
