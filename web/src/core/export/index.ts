/**
 * Export: the visible subgraph (or selection) in every format `tupu export` writes (JSON, GEXF,
 * GraphML, CSV, Cypher), through graph/export's writers, plus SVG. PNG is drawn by sigma (ui).
 */
import { exportSubgraph as cliExport } from '../../../../graph/export/index.ts';
import { writeGexf } from '../../../../graph/export/gexf.ts';
import type { NodeAttributes } from '../../../../graph/schema.ts';
import { escapeXml } from '../../../../graph/export/xml.ts';
import { createTupuGraph, stringifyGraph, type TupuGraph } from '../../../../graph/json/index.ts';
import type { RenderGraph } from '../appearance/index.ts';
import { isEdgeVisible, isNodeVisible, type Visibility } from '../filters/index.ts';
import type { ExportFile, SvgEdge, SvgNode } from './types.ts';
import { fileStamp } from './utils.ts';

export type * from './types.ts';
export { fileStamp } from './utils.ts';
export { escapeXml } from '../../../../graph/export/xml.ts';

/** Copy of the data graph restricted to visible nodes/edges (and to `only`, when given). */
export function visibleSubgraph(
  data: TupuGraph,
  visibility: Visibility,
  only?: ReadonlySet<string>,
): TupuGraph {
  const sub = createTupuGraph();
  sub.replaceAttributes({ ...data.getAttributes() });
  const keep = (key: string) => isNodeVisible(visibility, key) && (!only || only.has(key));
  data.forEachNode((key, attrs) => {
    if (keep(key)) sub.addNode(key, { ...attrs });
  });
  data.forEachEdge((key, attrs, source, target) => {
    if (isEdgeVisible(visibility, key) && sub.hasNode(source) && sub.hasNode(target))
      sub.addEdgeWithKey(key, source, target, { ...attrs });
  });
  return sub;
}

export function toGraphJsonFile(sub: TupuGraph): ExportFile {
  return {
    name: `tupu-${fileStamp()}.json`,
    mime: 'application/json',
    content: stringifyGraph(sub),
  };
}

/** GEXF through graph/export's writer (the CLI's), with the explorer's current drawing. */
export function toGexf(sub: TupuGraph, render?: RenderGraph): string {
  return writeGexf(sub, {
    viz: (key) => {
      if (!render?.hasNode(key)) return undefined;
      const r = render.getNodeAttributes(key);
      return { x: r.x, y: r.y, size: r.size, color: r.color };
    },
  });
}

export function toGexfFile(sub: TupuGraph, render?: RenderGraph): ExportFile {
  return {
    name: `tupu-${fileStamp()}.gexf`,
    mime: 'application/gexf+xml',
    content: toGexf(sub, render),
  };
}

/** The formats the command line writes, as the screen offers them. */
export const CLI_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

const MIME: Record<CliFormat, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
  cypher: 'text/plain',
};

/**
 * The files `tupu export --format <format>` writes for this subgraph (graph/export's
 * `exportSubgraph`), named `tupu-<stamp>…`; GEXF also carries the screen's drawing. CSV is two
 * files (nodes, edges), downloaded one after the other rather than zipped (no zip library here).
 */
export function toCliFiles(
  sub: TupuGraph,
  format: CliFormat,
  articles: ReadonlyMap<string, NodeAttributes> = new Map(),
  render?: RenderGraph,
): ExportFile[] {
  if (format === 'gexf') return [toGexfFile(sub, render)];
  const stamp = fileStamp();
  return cliExport(sub, format, articles).map((f) => {
    const ext = f.name.slice(f.name.lastIndexOf('.'));
    const base = f.name.startsWith('graph.') ? '' : `-${f.name.slice(0, -ext.length)}`;
    return { name: `tupu-${stamp}${base}${ext}`, mime: MIME[format], content: f.content };
  });
}

/** Nodes/edges of the render graph that are visible, with their current appearance. */
export function svgItems(
  render: RenderGraph,
  sub: TupuGraph,
  colorOf: (key: string) => string = (k) => render.getNodeAttribute(k, 'color'),
): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes = sub.mapNodes((key) => {
    const a = render.getNodeAttributes(key);
    return { key, x: a.x, y: a.y, size: a.size, color: colorOf(key), label: a.label };
  });
  const edges = sub.mapEdges((key, _a, source, target) => {
    const a = render.getEdgeAttributes(key);
    return { source, target, color: a.color, size: a.size };
  });
  return { nodes, edges };
}

/** A standalone SVG from node positions (graph y axis points up, SVG's down). */
export function toSvg(
  nodes: SvgNode[],
  edges: SvgEdge[],
  width = 1600,
  height = 1200,
  labelLimit = 400,
): string {
  const pad = 40;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => -n.y);
  const minX = Math.min(...xs, 0),
    maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0),
    maxY = Math.max(...ys, 1);
  const scale = Math.min(
    (width - 2 * pad) / (maxX - minX || 1),
    (height - 2 * pad) / (maxY - minY || 1),
  );
  const px = (x: number) => (pad + (x - minX) * scale).toFixed(1);
  const py = (y: number) => (pad + (-y - minY) * scale).toFixed(1);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const lines = edges.flatMap((e) => {
    const s = byKey.get(e.source),
      t = byKey.get(e.target);
    if (!s || !t) return [];
    return [
      `<line x1="${px(s.x)}" y1="${py(s.y)}" x2="${px(t.x)}" y2="${py(t.y)}" stroke="${escapeXml(e.color)}" stroke-width="${e.size}"/>`,
    ];
  });
  const circles = nodes.map(
    (n) =>
      `<circle cx="${px(n.x)}" cy="${py(n.y)}" r="${n.size.toFixed(1)}" fill="${escapeXml(n.color)}"><title>${escapeXml(n.label)}</title></circle>`,
  );
  const labelled = [...nodes].sort((a, b) => b.size - a.size).slice(0, labelLimit);
  const labels = labelled.map(
    (n) =>
      `<text x="${(Number(px(n.x)) + n.size + 2).toFixed(1)}" y="${(Number(py(n.y)) + 4).toFixed(1)}">${escapeXml(n.label)}</text>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges">${lines.join('')}</g>`,
    `<g class="nodes">${circles.join('')}</g>`,
    `<g class="labels" font-family="sans-serif" font-size="12" fill="#222">${labels.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
