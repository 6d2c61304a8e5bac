/**
 * A selection as the CLI and the explorer describe it, applied to a loaded graph.
 * Pure and browser-safe; loading the graph (file or Neo4j) is ./source.ts.
 */
import type { TupuGraph } from '../json/index.ts';
import type { NodeType } from '../schema.ts';
import {
  assertNotEmpty,
  egoKeys,
  filterTypes,
  induced,
  keepTypes,
  resolveNode,
  SelectionError,
  wholeGraph,
} from './select.ts';

export interface SelectionSpec {
  /** graphology JSON file the graph came from. */
  from?: string;
  /** Cypher query the graph came from (Neo4j). */
  query?: string;
  /** Node name or key at the centre of an ego network. */
  ego?: string;
  /** Hops from the ego node (default 1). */
  depth?: number;
  /** Keep only these node types. */
  types?: NodeType[];
  /** Walk through article nodes in ego networks. */
  includeArticles?: boolean;
  /** Do not walk on from hubs (see egoKeys). */
  skipHubs?: boolean;
}

export interface Selection {
  graph: TupuGraph;
  /** Key of the ego node, when there is one. */
  center?: string;
  /** One line saying what was selected, for titles and logs. */
  description: string;
}

/** Ego network, then type filter, on an already loaded graph. Throws on empty results. */
export function applySelection(graph: TupuGraph, spec: SelectionSpec): Selection {
  let sub = wholeGraph(graph);
  let center: string | undefined;
  if (spec.ego !== undefined) {
    center = resolveNode(graph, spec.ego);
    const options = { includeArticles: spec.includeArticles, skipHubs: spec.skipHubs };
    let keys = egoKeys(graph, center, spec.depth ?? 1, options);
    if (spec.types) keys = keepTypes(graph, keys, spec.types, center);
    sub = induced(graph, keys);
  } else if (spec.depth !== undefined) {
    throw new SelectionError('a depth needs an ego node');
  } else if (spec.types) sub = filterTypes(sub, spec.types);
  assertNotEmpty(sub, describeSelection(spec, center));
  return { graph: sub, center, description: describeSelection(spec, center) };
}

export function describeSelection(spec: SelectionSpec, center?: string): string {
  const parts: string[] = [];
  if (spec.query !== undefined) parts.push(`Cypher query: ${spec.query}`);
  else if (spec.from) parts.push(`graph ${spec.from}`);
  if (spec.ego !== undefined) {
    const who = center && center !== spec.ego ? `${spec.ego} (${center})` : spec.ego;
    parts.push(
      `ego network of ${who}, depth ${spec.depth ?? 1}${spec.skipHubs ? ', hubs not walked' : ''}`,
    );
  }
  if (spec.types) parts.push(`types ${spec.types.join(', ')}`);
  if (spec.ego === undefined && !spec.types && spec.query === undefined) parts.push('whole graph');
  return parts.join('; ');
}
