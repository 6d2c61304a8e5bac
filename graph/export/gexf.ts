/**
 * GEXF (opens in Gephi) through graphology-gexf's writer (its browser-safe part), for the CLI
 * and the explorer alike. Nodes carry their label, type colour (graph/palette.ts) or the
 * caller's drawing (position, size, colour), and every attribute; lists and objects (aliases,
 * evidence) are written as JSON text so nothing is lost to GEXF's list separators.
 */
import write from 'graphology-gexf/browser/writer.js';
import type { TupuGraph } from '../json/index.ts';
import { nodeColor } from '../palette.ts';
import { induced } from '../subgraph/select.ts';
import { flatAttributes } from './values.ts';
import { xmlChars } from './xml.ts';

/** How a node is drawn, e.g. by the explorer: written as GEXF viz elements. */
export interface GexfViz {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface GexfOptions {
  /** The drawing of a node; by default its type colour and size 10, no position. */
  viz?: (key: string) => GexfViz | undefined;
}

export function writeGexf(graph: TupuGraph, options: GexfOptions = {}): string {
  // graphology-gexf writes in graph order: copy in key order for a deterministic file.
  const ordered = induced(graph, graph.nodes());
  const xml = write(ordered, {
    version: '1.2',
    formatNode: (key, attrs) => ({
      label: String(attrs.label ?? key),
      attributes: flatAttributes(attrs, ['label']),
      viz: { color: nodeColor(String(attrs.type)), size: 10, ...options.viz?.(key) },
    }),
    formatEdge: (_key, attrs) => ({
      label: String(attrs.type ?? ''),
      attributes: flatAttributes(attrs),
      weight: Math.max(1, Array.isArray(attrs.evidence) ? attrs.evidence.length : 1),
    }),
  });
  // The writer escapes markup but not characters XML cannot hold; none of them is markup.
  return xmlChars(xml);
}
