/** Graph statistics for `tupu stats`: counts by type, most connected entities per type. */
import type { TupuGraph } from './json/index.ts';
import type { NodeType } from './schema.ts';

export interface GraphStats {
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  top: Partial<Record<NodeType, { key: string; label: string; degree: number; articles: number }[]>>;
}

const RANKED: NodeType[] = ['person', 'post', 'park', 'program'];

export function graphStats(graph: TupuGraph, n = 5): GraphStats {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_, a) => (nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1));
  graph.forEachEdge((_, a) => (edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1));
  const top: GraphStats['top'] = {};
  for (const type of RANKED) {
    const nodes = graph
      .filterNodes((_, a) => a.type === type)
      .map((key) => ({
        key,
        label: graph.getNodeAttribute(key, 'label'),
        // MENTIONS edges only say "named in an article": count the other links.
        degree: graph.filterEdges(key, (_, a) => a.type !== 'MENTIONS').length,
        articles: graph.getNodeAttribute(key, 'articles')?.length ?? 0,
      }))
      .sort((a, b) => b.degree - a.degree || b.articles - a.articles || (a.key < b.key ? -1 : 1));
    top[type] = nodes.slice(0, n);
  }
  return { nodesByType, edgesByType, top };
}
