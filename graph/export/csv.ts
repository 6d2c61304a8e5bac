/**
 * CSV for spreadsheets: nodes.csv and edges.csv (RFC 4180: comma separated, CRLF rows,
 * fields quoted when they hold a comma, quote, CR or LF, quotes doubled). Files start with
 * a UTF-8 byte-order mark so Excel reads the Chinese correctly.
 * edges.csv carries each edge's evidence: article keys, article titles (when the article
 * is known) and sentences, one per line inside the cell, in the same order.
 */
import type { TupuGraph } from '../json/index.ts';
import type { Evidence, NodeAttributes } from '../schema.ts';
import { flatAttributes, sortedEdges, sortedNodes, type Scalar } from './values.ts';

export const CSV_BOM = '\uFEFF';

export interface CsvFiles {
  'nodes.csv': string;
  'edges.csv': string;
}

export function csvField(value: Scalar | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(header: string[], rows: Array<Record<string, Scalar | undefined>>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(header.map((h) => csvField(row[h])).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

function columns(fixed: string[], rows: Array<Record<string, unknown>>, tail: string[] = []) {
  const extra = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) extra.add(k);
  for (const k of [...fixed, ...tail]) extra.delete(k);
  return [...fixed, ...[...extra].sort(), ...tail];
}

export function writeCsv(
  graph: TupuGraph,
  articles: ReadonlyMap<string, NodeAttributes> = new Map(),
): CsvFiles {
  const nodeRows = sortedNodes(graph).map((key) => ({
    key,
    ...flatAttributes(graph.getNodeAttributes(key)),
  }));
  const titleOf = (k: string) =>
    (graph.hasNode(k) ? graph.getNodeAttribute(k, 'title') : undefined) ?? articles.get(k)?.title;
  const edgeRows = sortedEdges(graph).map((key) => edgeRow(graph, key, titleOf));
  const evidenceCols = [
    'evidence_count',
    'evidence_articles',
    'evidence_titles',
    'evidence_sentences',
  ];
  return {
    'nodes.csv': csvTable(columns(['key', 'type', 'label'], nodeRows), nodeRows),
    'edges.csv': csvTable(
      columns(
        ['key', 'type', 'source', 'target', 'source_label', 'target_label'],
        edgeRows,
        evidenceCols,
      ),
      edgeRows,
    ),
  };
}

function edgeRow(
  graph: TupuGraph,
  key: string,
  titleOf: (article: string) => string | undefined,
): Record<string, Scalar | undefined> {
  const attrs = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const evidence: Evidence[] = Array.isArray(attrs.evidence) ? attrs.evidence : [];
  return {
    ...flatAttributes(attrs, ['evidence']),
    key,
    source,
    target,
    source_label: graph.getNodeAttribute(source, 'label'),
    target_label: graph.getNodeAttribute(target, 'label'),
    evidence_count: evidence.length,
    evidence_articles: evidence.map((e) => e.article).join('\n'),
    evidence_titles: evidence.map((e) => titleOf(e.article) ?? '').join('\n'),
    evidence_sentences: evidence.map((e) => oneLine(e.sentence)).join('\n'),
  };
}

/** Sentences are joined one per line, so line breaks inside a sentence become spaces. */
function oneLine(text: string): string {
  return String(text ?? '').replace(/\s*[\r\n]+\s*/g, ' ');
}
