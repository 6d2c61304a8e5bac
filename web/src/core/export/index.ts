/**
 * Export: the visible subgraph (or selection) in every format `tupu export` writes (JSON, GEXF,
 * GraphML, CSV, Cypher, SVG), through graph/export's writers. PNG is drawn by sigma (ui).
 */
import {
  EXPORT_FORMATS,
  exportSubgraph as cliExport,
  type ExportFormat as WrittenFormat,
} from '../../../../graph/export/index.ts';
import type { NodePosition } from '../../../../graph/export/svg-layout.ts';
import { writeSvg } from '../../../../graph/export/svg.ts';
import { writeGexf } from '../../../../graph/export/gexf.ts';
import type { NodeAttributes } from '../../../../graph/schema.ts';
import { createTupuGraph, stringifyGraph, type TupuGraph } from '../../../../graph/json/index.ts';
import type { RenderGraph } from '../appearance/index.ts';
import { isEdgeVisible, isNodeVisible, type Visibility } from '../filters/index.ts';
import type { ExportFile } from './types.ts';
import { fileStamp } from './utils.ts';

export type * from './types.ts';
export { fileStamp } from './utils.ts';

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

/** The formats the command line writes (graph/export), as the screen offers them. */
export const CLI_FORMATS = EXPORT_FORMATS;
export type CliFormat = WrittenFormat;

const MIME: Record<CliFormat, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
  cypher: 'text/plain',
  svg: 'image/svg+xml',
};

/**
 * The files `tupu export --format <format>` writes for this subgraph (graph/export's
 * `exportSubgraph`), named `tupu-<stamp>…`; GEXF and SVG also carry the screen's drawing
 * (positions, sizes, colours as `colorOf` gives them). CSV is two
 * files (nodes, edges), downloaded one after the other rather than zipped (no zip library here).
 */
export function toCliFiles(
  sub: TupuGraph,
  format: CliFormat,
  articles: ReadonlyMap<string, NodeAttributes> = new Map(),
  render?: RenderGraph,
  colorOf?: (key: string) => string,
): ExportFile[] {
  if (format === 'gexf') return [toGexfFile(sub, render)];
  const stamp = fileStamp();
  if (format === 'svg' && render)
    return [{ name: `tupu-${stamp}.svg`, mime: MIME.svg, content: toSvg(sub, render, colorOf) }];
  return cliExport(sub, format, articles).map((f) => {
    const ext = f.name.slice(f.name.lastIndexOf('.'));
    const base = f.name.startsWith('graph.') ? '' : `-${f.name.slice(0, -ext.length)}`;
    return { name: `tupu-${stamp}${base}${ext}`, mime: MIME[format], content: f.content };
  });
}

/** The explorer's drawing of a node, for the SVG writer (graph/export/svg.ts). */
export function screenDrawing(
  render: RenderGraph,
  colorOf: (key: string) => string = (k) => render.getNodeAttribute(k, 'color'),
): (key: string) => NodePosition | undefined {
  return (key) => {
    if (!render.hasNode(key)) return undefined;
    const { x, y, size } = render.getNodeAttributes(key);
    return { x, y, size, color: colorOf(key) };
  };
}

/** A standalone SVG of the subgraph as the screen draws it, by the writer reports use. */
export function toSvg(
  sub: TupuGraph,
  render: RenderGraph,
  colorOf?: (key: string) => string,
  title?: string,
): string {
  return writeSvg(sub, { standalone: true, title, viz: screenDrawing(render, colorOf) });
}
