/** Graph statistics for `tupu stats`: counts by type, most connected entities per type. */
import type { TupuGraph } from './json/index.ts';
import type { NodeType } from './schema.ts';

/** How many nodes and edges of each type: what `tupu ingest` and `tupu stats` both print. */
export interface TypeCounts {
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
}

export function countsByType(graph: TupuGraph): TypeCounts {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_, a) => (nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1));
  graph.forEachEdge((_, a) => (edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1));
  return { nodesByType, edgesByType };
}

export interface GraphStats extends TypeCounts {
  top: Partial<
    Record<NodeType, { key: string; label: string; degree: number; articles: number }[]>
  >;
}

const RANKED: NodeType[] = ['person', 'post', 'park', 'program'];

export function graphStats(graph: TupuGraph, n = 5): GraphStats {
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
  return { ...countsByType(graph), top };
}

/** One line of the resolution report: a node, what became it and why. */
export interface MergeLine {
  key: string;
  type: string;
  label: string;
  /** Other printed names merged into this node, each "name: rule". */
  merged: string[];
  /** person: posts and organisations that joined its articles. */
  joinedBy: string[];
  /** person: other nodes printed with the same name, kept apart. */
  namesakes: string[];
  articles: number;
}

/**
 * `tupu stats --merges`: every node that resolution touched — names merged into it (with the
 * rule), people joined across articles (with what joined them) and namesakes kept apart.
 */
export function mergeReport(graph: TupuGraph): MergeLine[] {
  const lines: MergeLine[] = [];
  graph.forEachNode((key, a) => {
    const merged = (a.mergedFrom as string[] | undefined) ?? [];
    const namesakes = (a.namesakeOf as string[] | undefined) ?? [];
    const articles = a.articles?.length ?? 0;
    const joinedBy = articles > 1 ? ((a.joinedBy as string[] | undefined) ?? []) : [];
    if (!merged.length && !namesakes.length && !joinedBy.length) return;
    lines.push({ key, type: a.type, label: a.label, merged, joinedBy, namesakes, articles });
  });
  return lines.sort((x, y) =>
    x.type < y.type ? -1 : x.type > y.type ? 1 : x.key < y.key ? -1 : 1,
  );
}
