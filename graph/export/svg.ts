/**
 * The subgraph as an SVG drawing, for reports, `tupu export --format svg` and the explorer's
 * SVG download alike: edges, nodes in their colours, labels placed by ./svg-layout.ts so none
 * overlap, and a legend of the node types. Positions are the caller's (the explorer passes the
 * screen's drawing, as it does for GEXF) or a seeded force layout. Same graph in, same bytes
 * out. Browser-safe.
 */
import type { TupuGraph } from '../json/index.ts';
import { CJK_FONT_STACK, EDGE_COLOR, nodeColor } from '../palette.ts';
import { NODE_TYPE_ZH, NODE_TYPES } from '../types.ts';
import {
  forcePositions,
  LABEL_FONT_SIZE,
  placeDrawing,
  type Layout,
  type NodePosition,
} from './svg-layout.ts';
import { textWidth } from './text-metrics.ts';
import { escapeXml } from './xml.ts';

const PAD = 24;
const LEGEND_ROW = 20;
const n1 = (v: number) => (Math.round(v * 10) / 10).toString();

export interface SvgOptions {
  /** Standalone .svg file (XML declaration and xmlns) rather than inline in HTML. */
  standalone?: boolean;
  title?: string;
  /**
   * The drawing of a node (graph units, y up; size is the radius in pixels), e.g. the
   * explorer's; nodes without one are left out. By default a seeded force layout of every node
   * but the articles.
   */
  viz?: (key: string) => NodePosition | undefined;
}

export function writeSvg(graph: TupuGraph, options: SvgOptions = {}): string {
  return drawLayout(placeDrawing(graph, positionsOf(graph, options.viz)), options);
}

function positionsOf(graph: TupuGraph, viz: SvgOptions['viz']): Map<string, NodePosition> {
  if (!viz) return forcePositions(graph);
  const out = new Map<string, NodePosition>();
  graph.forEachNode((key) => {
    const p = viz(key);
    if (p) out.set(key, p);
  });
  return out;
}

/** One entry per node type drawn; none when nodes wear other colours (e.g. communities). */
function legend(layout: Layout, x: number, y: number): { items: string[]; width: number } {
  const counts = new Map<string, number>();
  for (const n of layout.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  if (layout.nodes.some((n) => n.color !== nodeColor(n.type))) return { items: [], width: 0 };
  const types = NODE_TYPES.filter((t) => counts.has(t));
  let cx = x;
  const items = types.map((t) => {
    const text = `${NODE_TYPE_ZH[t]} ${t} (${counts.get(t)})`;
    const item =
      `<g class="legend-item"><circle cx="${n1(cx + 6)}" cy="${n1(y + 6)}" r="6" fill="${nodeColor(t)}"/>` +
      `<text x="${n1(cx + 16)}" y="${n1(y + 10)}">${escapeXml(text)}</text></g>`;
    cx += 16 + textWidth(text, LABEL_FONT_SIZE) + 18;
    return item;
  });
  return { items, width: cx - x };
}

export function drawLayout(layout: Layout, options: SvgOptions = {}): string {
  const { bounds } = layout;
  const top = PAD + LEGEND_ROW + 10;
  const key = legend(layout, PAD, PAD);
  const width = Math.max(bounds.w + 2 * PAD, key.width + 2 * PAD, 560);
  const height = bounds.h + top + PAD;
  const dx = PAD - bounds.x + (width - 2 * PAD - bounds.w) / 2;
  const dy = top - bounds.y;
  const pos = new Map(layout.nodes.map((n) => [n.key, n]));
  const edges = layout.edges.map((e) => {
    const [s, t] = [pos.get(e.source)!, pos.get(e.target)!];
    return `<line x1="${n1(s.x + dx)}" y1="${n1(s.y + dy)}" x2="${n1(t.x + dx)}" y2="${n1(t.y + dy)}"/>`;
  });
  const nodes = layout.nodes.map(
    (n) =>
      `<circle cx="${n1(n.x + dx)}" cy="${n1(n.y + dy)}" r="${n1(n.r)}" fill="${escapeXml(n.color)}">` +
      `<title>${escapeXml(`${n.label} (${n.type})`)}</title></circle>`,
  );
  const labels = layout.nodes
    .filter((n) => n.text)
    .map((n) => {
      const t = n.text!;
      return `<text x="${n1(t.x + dx)}" y="${n1(t.y + dy + LABEL_FONT_SIZE)}">${escapeXml(t.value)}</text>`;
    });
  const head = options.standalone
    ? '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
    : '<svg ';
  return [
    `${head}class="tupu-graph" viewBox="0 0 ${n1(width)} ${n1(height)}" width="${n1(width)}" height="${n1(height)}" role="img" aria-label="${escapeXml(options.title ?? 'graph')}">`,
    `<style>.tupu-graph text{font-family:${CJK_FONT_STACK.replace(/"/g, "'")};font-size:${LABEL_FONT_SIZE}px;fill:#222}` +
      `.tupu-graph .edges line{stroke:${EDGE_COLOR};stroke-width:1;stroke-opacity:0.7}` +
      `.tupu-graph .nodes circle{stroke:#fff;stroke-width:1.5}</style>`,
    `<rect x="0" y="0" width="${n1(width)}" height="${n1(height)}" fill="#fff"/>`,
    `<g class="legend">${key.items.join('')}</g>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels">${labels.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
