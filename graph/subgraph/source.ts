/**
 * Node-side: load the graph a selection starts from (a JSON file, or a Cypher query
 * against Neo4j through graph/neo4j's fetchSubgraph), then apply the pure kernels.
 */
import { readGraphFile } from '../json/file.ts';
import type { TupuGraph } from '../json/index.ts';
import type { NodeAttributes } from '../schema.ts';
import { SelectionError } from './select.ts';
import { applySelection, type Selection, type SelectionSpec } from './spec.ts';
import { fetchFromNeo4j } from './neo4j.ts';

export const DEFAULT_GRAPH_FILE = 'graph.json';

export interface LoadedSelection extends Selection {
  /** Article metadata (title, file, date) for every article the selection cites. */
  articles: Map<string, NodeAttributes>;
}

export async function loadSelection(spec: SelectionSpec): Promise<LoadedSelection> {
  if (spec.query !== undefined && spec.from !== undefined)
    throw new SelectionError('a selection reads one graph, a file or a Cypher query, not both');
  if (spec.query !== undefined) return loadFromQuery(spec);
  const full = await readGraphFile(spec.from ?? DEFAULT_GRAPH_FILE);
  const selection = applySelection(full, { ...spec, from: spec.from ?? DEFAULT_GRAPH_FILE });
  return { ...selection, articles: articleIndex(full, citedArticles(selection.graph)) };
}

async function loadFromQuery(spec: SelectionSpec): Promise<LoadedSelection> {
  const cypher = spec.query!.trim();
  if (!cypher) throw new SelectionError('empty Cypher query');
  const result = await fetchFromNeo4j(cypher, {});
  if (result.order === 0) throw new SelectionError(`the query returned no nodes: ${cypher}`);
  const selection = applySelection(result, spec);
  const keys = citedArticles(selection.graph);
  const missing = keys.filter((k) => !selection.graph.hasNode(k));
  const fetched = missing.length
    ? await fetchFromNeo4j('MATCH (a:Article) WHERE a.key IN $keys RETURN a', { keys: missing })
    : result;
  const articles = articleIndex(selection.graph, keys);
  for (const [k, v] of articleIndex(fetched, keys)) if (!articles.has(k)) articles.set(k, v);
  return { ...selection, articles };
}

/** Article keys cited by evidence or present as nodes, sorted. */
export function citedArticles(graph: TupuGraph): string[] {
  const keys = new Set<string>();
  graph.forEachNode((k, a) => {
    if (a.type === 'article') keys.add(k);
  });
  graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence ?? []) if (ev?.article) keys.add(ev.article);
  });
  return [...keys].sort();
}

export function articleIndex(graph: TupuGraph, keys: string[]): Map<string, NodeAttributes> {
  const out = new Map<string, NodeAttributes>();
  for (const k of keys) if (graph.hasNode(k)) out.set(k, graph.getNodeAttributes(k));
  return out;
}
