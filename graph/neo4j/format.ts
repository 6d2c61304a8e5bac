/**
 * Query results as text: an aligned table whose columns measure Chinese (wide) characters as
 * two cells (string-width), JSON (one object per row), or CSV (RFC 4180).
 */
import stringWidth from 'string-width';
import {
  isNode,
  isPath,
  isRelationship,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';
import { toPlainValue } from './props.ts';
import { csvField } from '../export/csv.ts';

import type { OutputFormat } from './output-formats.ts';

export { FORMATS, type OutputFormat } from './output-formats.ts';

/** Plain JSON for a driver value: nodes, relationships and paths as small objects. */
export function toJsonValue(value: unknown): unknown {
  if (isNode(value)) return { labels: value.labels, properties: toPlainValue(value.properties) };
  if (isRelationship(value))
    return {
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlainValue(value.properties),
    };
  if (isPath(value))
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toJsonValue),
      relationships: value.segments.map((s) => toJsonValue(s.relationship)),
    };
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return toPlainValue(value);
}

const nodeText = (n: Node) =>
  `(:${n.labels.join(':')} ${String(n.properties.label ?? n.properties.key ?? n.elementId)})`;
const relText = (r: Relationship) => `[:${r.type}]`;

function pathText(p: Path): string {
  let out = nodeText(p.start);
  for (const s of p.segments) {
    const forward = s.relationship.startNodeElementId === s.start.elementId;
    out += `${forward ? '-' : '<-'}${relText(s.relationship)}${forward ? '->' : '-'}${nodeText(s.end)}`;
  }
  return out;
}

/** One cell as text, for table and CSV. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return relText(value);
  if (isPath(value)) return pathText(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  const plain = toJsonValue(value);
  return typeof plain === 'string' ? plain : JSON.stringify(plain);
}

export function formatJson(columns: string[], rows: unknown[][]): string {
  const objects = rows.map((row) =>
    Object.fromEntries(columns.map((c, i) => [c, toJsonValue(row[i])])),
  );
  return JSON.stringify(objects, null, 2) + '\n';
}

/** RFC 4180, quoted as the CSV export quotes (one rule for every CSV tupu writes). */
export function formatCsv(columns: string[], rows: unknown[][]): string {
  const lines = [columns, ...rows.map((row) => row.map(cellText))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return lines.join('\r\n') + '\r\n';
}

/** Aligned table; cells longer than maxWidth display cells are cut with an ellipsis. */
export function formatTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const cells = rows.map((row) => columns.map((_, i) => clip(oneLine(cellText(row[i])), maxWidth)));
  const widths = columns.map((c, i) =>
    Math.max(stringWidth(c), ...cells.map((r) => stringWidth(r[i]!))),
  );
  const line = (r: string[]) =>
    r
      .map((s, i) => pad(s, widths[i]!))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(columns), rule, ...cells.map(line)].join('\n') + '\n';
}

export function displayWidth(s: string): number {
  return stringWidth(s);
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ⏎ ');
}

function clip(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

export function formatResult(format: OutputFormat, columns: string[], rows: unknown[][]): string {
  if (format === 'json') return formatJson(columns, rows);
  if (format === 'csv') return formatCsv(columns, rows);
  return formatTable(columns, rows);
}
