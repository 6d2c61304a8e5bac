/**
 * GEXF (opens in Gephi) through graphology-gexf's writer. Nodes carry their label, type
 * colour (the report palette) and every attribute; lists and objects (aliases, evidence)
 * are written as JSON text so nothing is lost to GEXF's list separators.
 */
import { write } from 'graphology-gexf';
import type { TupuGraph } from '../json/index.ts';
import { nodeColor } from '../../report/palette.ts';
import { flatAttributes } from './values.ts';
import { induced } from '../subgraph/select.ts';

export function writeGexf(graph: TupuGraph): string {
  // graphology-gexf writes in graph order: copy in key order for a deterministic file.
  const ordered = induced(graph, graph.nodes());
  return write(ordered, {
    version: '1.2',
    formatNode: (_key, attrs) => ({
      label: String(attrs.label ?? ''),
      attributes: flatAttributes(attrs, ['label']),
      viz: { color: nodeColor(String(attrs.type)), size: 10 },
    }),
    formatEdge: (_key, attrs) => ({
      label: String(attrs.type ?? ''),
      attributes: flatAttributes(attrs),
      weight: Math.max(1, Array.isArray(attrs.evidence) ? attrs.evidence.length : 1),
    }),
  });
}
