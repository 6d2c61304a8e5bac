/**
 * k shortest simple paths between two nodes, edges taken in either direction (Yen's
 * algorithm over breadth-first searches: the graph is unweighted). Written here because
 * graphology-shortest-path has one shortest path only. Articles are not walked through
 * unless asked; hubs optionally not either. Browser-safe and deterministic.
 */
import type { TupuGraph } from '../json/index.ts';
import { entityDegree, hubThreshold } from './select.ts';

export interface PathOptions {
  /** How many paths (default 3). */
  k?: number;
  /** Let paths run through article nodes (every article links all it mentions). */
  viaArticles?: boolean;
  /** Do not run through hubs (see hubThreshold). */
  avoidHubs?: boolean;
  nodeOk?: (key: string) => boolean;
  edgeOk?: (edge: string) => boolean;
}

/** A path: nodes in order; hops[i] are the allowed edges between nodes[i] and nodes[i+1]. */
export interface GraphPath {
  nodes: string[];
  hops: string[][];
}

export function kShortestPaths(
  graph: TupuGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): GraphPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  if (from === to) return [{ nodes: [from], hops: [] }];
  const edgeOk = options.edgeOk ?? (() => true);
  const hubAt = options.avoidHubs ? hubThreshold(graph) : Infinity;
  const inner = (k: string) =>
    (options.nodeOk?.(k) ?? true) &&
    (options.viaArticles || graph.getNodeAttribute(k, 'type') !== 'article') &&
    (hubAt === Infinity || entityDegree(graph, k) < hubAt);
  const passable = (k: string) => k === from || k === to || inner(k);
  const neighbours = new Map<string, string[]>();
  const around = (node: string): string[] => {
    let list = neighbours.get(node);
    if (!list) {
      const set = new Set<string>();
      graph.forEachEdge(node, (edge, _a, s, t) => {
        const other = s === node ? t : s;
        if (other !== node && edgeOk(edge) && passable(other)) set.add(other);
      });
      list = [...set].sort();
      neighbours.set(node, list);
    }
    return list;
  };
  const bfs = (start: string, blockedNodes: Set<string>, blockedSteps: Set<string>) => {
    const parent = new Map<string, string | null>([[start, null]]);
    let frontier = [start];
    while (frontier.length && !parent.has(to)) {
      const next: string[] = [];
      for (const node of frontier)
        for (const other of around(node)) {
          if (parent.has(other) || blockedNodes.has(other)) continue;
          if (blockedSteps.has(`${node}\u0000${other}`)) continue;
          parent.set(other, node);
          next.push(other);
        }
      frontier = next;
    }
    if (!parent.has(to)) return null;
    const path: string[] = [];
    for (let n: string | null = to; n !== null; n = parent.get(n) ?? null) path.unshift(n);
    return path;
  };

  const k = Math.max(1, options.k ?? 3);
  const first = bfs(from, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const seen = new Set([first.join('\u0001')]);
  const candidates: string[][] = [];
  for (let i = 1; i < k; i++) {
    const previous = found[i - 1]!;
    for (let j = 0; j < previous.length - 1; j++) {
      const spur = previous[j]!;
      const root = previous.slice(0, j + 1);
      const steps = new Set<string>();
      for (const p of found)
        if (p.length > j + 1 && root.every((n, x) => p[x] === n)) {
          steps.add(`${p[j]}\u0000${p[j + 1]}`);
        }
      const spurPath = bfs(spur, new Set(root.slice(0, -1)), steps);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const id = total.join('\u0001');
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.push(total);
    }
    if (!candidates.length) break;
    candidates.sort((a, b) => a.length - b.length || (a.join() < b.join() ? -1 : 1));
    found.push(candidates.shift()!);
  }
  return found.map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((n, i) => edgesBetween(graph, nodes[i]!, n, edgeOk)),
  }));
}

function edgesBetween(graph: TupuGraph, a: string, b: string, ok: (e: string) => boolean) {
  return [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])].filter(ok).sort();
}
