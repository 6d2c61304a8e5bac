/**
 * Subgraph export formats, pure (no fs) so the explorer can offer the same downloads:
 * graphology JSON, GEXF, GraphML, CSV (nodes.csv + edges.csv), a Cypher script and an SVG
 * drawing. One writer per format: the CLI, the explorer (web/src/core/export) and reports
 * (report/) all call these.
 */
import { stringifyGraph, type TupuGraph } from '../json/index.ts';
import type { NodeAttributes } from '../schema.ts';
import { writeCsv } from './csv.ts';
import { writeCypher } from './cypher.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeSvg } from './svg.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportFile {
  /** File name: the output file itself, or nodes.csv / edges.csv for CSV. */
  name: string;
  content: string;
}

export function exportSubgraph(
  graph: TupuGraph,
  format: ExportFormat,
  articles: ReadonlyMap<string, NodeAttributes> = new Map(),
): ExportFile[] {
  switch (format) {
    case 'json':
      return [{ name: 'graph.json', content: stringifyGraph(graph) }];
    case 'gexf':
      return [{ name: 'graph.gexf', content: writeGexf(graph) }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: writeGraphml(graph) }];
    case 'cypher':
      return [{ name: 'graph.cypher', content: writeCypher(graph) }];
    case 'svg':
      return [{ name: 'graph.svg', content: writeSvg(graph, { standalone: true }) }];
    case 'csv': {
      const files = writeCsv(graph, articles);
      return [
        { name: 'nodes.csv', content: files['nodes.csv'] },
        { name: 'edges.csv', content: files['edges.csv'] },
      ];
    }
  }
}

export { writeCsv, writeCypher, writeGexf, writeGraphml, writeSvg };
export { cypherString, cypherName, cypherValue } from './cypher.ts';
export { csvField, CSV_BOM } from './csv.ts';
export { edgeProperties, nodeProperties } from './neo4j-properties.ts';
