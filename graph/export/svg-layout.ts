/**
 * Where the SVG writer (./svg.ts) puts each node and label, computed without a DOM. Positions
 * come from the caller (the explorer's drawing, kept as the user sees it) or, when the graph has
 * none (reports, `tupu export`), from `forcePositions`: seeded ForceAtlas2
 * (graphology-layout-forceatlas2) scaled to pixels, then graphology-layout-noverlap with each
 * node as large as its label. Either way the drawing is then y-flipped (graph y points up, SVG's
 * down), scaled up if its median edge is shorter than EDGE_PX, and labelled greedily so that no
 * two labels (or a label and a node) overlap. The explorer's drawing is not spread: noverlap
 * grows quadratic on dense thousands of nodes (400 s for 6,000), and it is the user's layout.
 * Browser-safe.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { TupuGraph } from '../json/index.ts';
import { nodeColor } from '../palette.ts';
import { seededRandom } from '../random.ts';
import { clip, textWidth } from './text-metrics.ts';

export const LABEL_FONT_SIZE = 12;
const LABEL_HEIGHT = LABEL_FONT_SIZE * 1.25;
const MAX_LABELS = 200;
const EDGE_PX = 90;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** A node as drawn: graph units (y up) from the caller or the force layout. */
export interface NodePosition {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  /** Fill; the type's colour (graph/palette.ts) when absent. */
  color?: string;
}
export interface PlacedNode {
  key: string;
  type: string;
  label: string;
  color: string;
  x: number;
  y: number;
  r: number;
  /** Label box (top-left corner); absent when no free spot was found. */
  text?: Box & { value: string };
}
export interface Layout {
  nodes: PlacedNode[];
  edges: Array<{ key: string; source: string; target: string; type: string }>;
  bounds: Box;
}

/** The nodes to draw: everything but articles (they are the sources), unless only articles. */
export function drawnNodes(graph: TupuGraph): string[] {
  const keys = graph.nodes().sort();
  const entities = keys.filter((k) => graph.getNodeAttribute(k, 'type') !== 'article');
  return entities.length ? entities : keys;
}

/** Seeded ForceAtlas2 positions for the drawn nodes, sized by degree. */
export function forcePositions(graph: TupuGraph, seed = 20240601): Map<string, NodePosition> {
  const keys = drawnNodes(graph);
  const random = seededRandom(seed);
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(keys.length) * 10;
  for (const k of keys)
    g.addNode(k, {
      x: (random() - 0.5) * spread,
      y: (random() - 0.5) * spread,
      size: 4 + 2 * Math.sqrt(graph.degree(k)),
    });
  for (const e of graph.edges().sort()) {
    const [s, t] = [graph.source(e), graph.target(e)];
    if (!g.hasNode(s) || !g.hasNode(t) || s === t) continue;
    g.updateEdge(s, t, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + 1 }));
  }
  if (g.order >= 2 && g.size > 0) {
    // stronger gravity than inferred keeps disconnected pieces (common in subgraphs) near the middle
    const settings = { ...forceAtlas2.inferSettings(g), gravity: 0.5, adjustSizes: false };
    const iterations = g.order > 1000 ? 150 : g.order > 200 ? 300 : 500;
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const median = medianEdge(g);
  rescale(g, median > 1e-9 ? EDGE_PX / median : EDGE_PX / 10);
  separate(g, graph);
  return new Map(keys.map((k) => [k, g.getNodeAttributes(k) as NodePosition]));
}

/**
 * Graph units to pixels: y flipped, scaled up until the median edge is EDGE_PX long. Never
 * scaled down: a drawing already at pixel scale (forcePositions', spread for its labels) stays.
 */
function toPixels(
  graph: TupuGraph,
  keys: string[],
  positions: ReadonlyMap<string, NodePosition>,
): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const k of keys) {
    const p = positions.get(k)!;
    g.addNode(k, { x: p.x, y: -p.y, size: p.size });
  }
  for (const e of graph.edges().sort()) {
    const [s, t] = [graph.source(e), graph.target(e)];
    if (g.hasNode(s) && g.hasNode(t) && s !== t && !g.hasEdge(s, t)) g.addEdge(s, t);
  }
  const median = medianEdge(g);
  if (median > 1e-9 && median < EDGE_PX) rescale(g, EDGE_PX / median);
  return g;
}

function medianEdge(g: Graph): number {
  const lengths = g.mapEdges((_e, _a, s, t) =>
    Math.hypot(
      g.getNodeAttribute(s, 'x') - g.getNodeAttribute(t, 'x'),
      g.getNodeAttribute(s, 'y') - g.getNodeAttribute(t, 'y'),
    ),
  );
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

function rescale(g: Graph, factor: number): void {
  g.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x * factor, y: a.y * factor }));
}

function labelText(graph: TupuGraph, key: string): string {
  return clip(String(graph.getNodeAttribute(key, 'label') ?? key), 14);
}

/** The nodes that may get a label: the MAX_LABELS most connected (key order breaks ties). */
function labelOrder<T extends { key: string }>(graph: TupuGraph, nodes: T[]): T[] {
  return [...nodes]
    .sort((a, b) => graph.degree(b.key) - graph.degree(a.key) || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_LABELS);
}

/**
 * Spread the nodes so that each one that may get a label has room for it. Only those grow to
 * their label's size: on a large graph, growing all of them made noverlap crawl (90 s for 3,000).
 */
function separate(g: Graph, graph: TupuGraph): void {
  const labelled = new Set(
    labelOrder(
      graph,
      g.mapNodes((key) => ({ key })),
    ).map((n) => n.key),
  );
  noverlap.assign(g, {
    maxIterations: 600,
    settings: { margin: 6, ratio: 1, expansion: 1.1, gridSize: 20, speed: 3 },
    inputReducer: (key, a) => ({
      x: a.x,
      y: a.y,
      size: labelled.has(key)
        ? Math.max(a.size ?? 4, textWidth(labelText(graph, key), LABEL_FONT_SIZE) / 2 + 2)
        : (a.size ?? 4),
    }),
  });
}

/** The drawing of `graph`: the nodes that have a position (in key order), their labels, edges. */
export function placeDrawing(
  graph: TupuGraph,
  positions: ReadonlyMap<string, NodePosition>,
): Layout {
  const keys = graph
    .nodes()
    .sort()
    .filter((k) => positions.has(k));
  const g = toPixels(graph, keys, positions);
  const round = (v: number) => Math.round(v * 10) / 10;
  const nodes: PlacedNode[] = keys.map((key) => {
    const a = g.getNodeAttributes(key);
    const type = String(graph.getNodeAttribute(key, 'type'));
    return {
      key,
      type,
      label: String(graph.getNodeAttribute(key, 'label') ?? key),
      color: positions.get(key)!.color ?? nodeColor(type),
      x: round(a.x),
      y: round(a.y),
      r: round(a.size),
    };
  });
  placeLabels(graph, nodes);
  const drawn = new Set(keys);
  const edges = graph
    .edges()
    .sort()
    .filter((e) => drawn.has(graph.source(e)) && drawn.has(graph.target(e)))
    .map((e) => ({
      key: e,
      source: graph.source(e),
      target: graph.target(e),
      type: graph.getEdgeAttribute(e, 'type'),
    }));
  return { nodes, edges, bounds: boundsOf(nodes) };
}

/** The drawing a graph gets without positions: seeded ForceAtlas2, then the steps above. */
export function computeLayout(graph: TupuGraph, seed = 20240601): Layout {
  return placeDrawing(graph, forcePositions(graph, seed));
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function candidates(n: PlacedNode, w: number): Box[] {
  const h = LABEL_HEIGHT;
  return [
    { x: n.x - w / 2, y: n.y + n.r + 2, w, h },
    { x: n.x - w / 2, y: n.y - n.r - 2 - h, w, h },
    { x: n.x + n.r + 3, y: n.y - h / 2, w, h },
    { x: n.x - n.r - 3 - w, y: n.y - h / 2, w, h },
  ];
}

/** Greedy, most connected first: take the first candidate spot that touches nothing placed. */
function placeLabels(graph: TupuGraph, nodes: PlacedNode[]): void {
  const circles: Box[] = nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const placed: Box[] = [];
  for (const n of labelOrder(graph, nodes)) {
    const value = labelText(graph, n.key);
    const w = textWidth(value, LABEL_FONT_SIZE);
    const spot = candidates(n, w).find(
      (c) => !placed.some((p) => overlaps(c, p)) && !circles.some((b) => overlaps(c, b)),
    );
    if (!spot) continue;
    placed.push(spot);
    n.text = { ...spot, value };
  }
}

function boundsOf(nodes: PlacedNode[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const boxes = [
      { x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r },
      ...(n.text ? [n.text] : []),
    ];
    for (const b of boxes) {
      [x0, y0] = [Math.min(x0, b.x), Math.min(y0, b.y)];
      [x1, y1] = [Math.max(x1, b.x + b.w), Math.max(y1, b.y + b.h)];
    }
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, w: 1, h: 1 };
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
