/**
 * What the explorer derives from the data graph and the view state on every change: the
 * selected node's neighbourhood, the k shortest paths between the path ends, and what is
 * visible. Pure, so the explorer only stores the result.
 */
import type { TupuGraph } from '../../../graph/json/index.ts';
import { kShortestPaths, type GraphPath } from '../../../graph/subgraph/paths.ts';
import { computeVisibility, filterPredicates, type Visibility } from '../core/filters/index.ts';
import type { ViewState } from '../core/state.ts';
import { PATH_COUNT } from './view-fields.ts';

export interface DerivedView {
  /** The selected node and its neighbours. */
  selectedSet: Set<string> | null;
  /** The k shortest paths between the path ends, shortest first; `path` is the first. */
  paths: GraphPath[];
  path: GraphPath | null;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  visibility: Visibility;
}

/** A node and its neighbours, or null for no (or an unknown) node. */
export function neighbourhood(data: TupuGraph, key: string | null): Set<string> | null {
  return key && data.hasNode(key) ? new Set([key, ...data.neighbors(key)]) : null;
}

export function deriveView(data: TupuGraph, state: ViewState): DerivedView {
  const p = filterPredicates(data, state);
  const [from, to] = state.path ?? [];
  const paths =
    from && to
      ? kShortestPaths(data, from, to, {
          k: PATH_COUNT,
          viaArticles: state.pathViaArticles,
          avoidHubs: state.skipHubs,
          nodeOk: p.nodeOk,
          edgeOk: p.edgeOk,
        })
      : [];
  const path = paths[0] ?? null;
  return {
    selectedSet: neighbourhood(data, state.selected),
    paths,
    path,
    pathNodes: new Set(paths.flatMap((x) => x.nodes)),
    pathEdges: new Set(paths.flatMap((x) => x.hops.flat())),
    visibility: computeVisibility(data, state, path?.nodes),
  };
}
