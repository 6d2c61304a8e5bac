/** Attribute values as the flat formats (GEXF, GraphML, CSV) carry them. */
import type { TupuGraph } from '../json/index.ts';

export type Scalar = string | number | boolean;

/**
 * Flat value of one attribute: strings, finite numbers and booleans as they are;
 * lists and objects (aliases, articles, evidence) as JSON text; nothing for null/undefined.
 */
export function flatValue(value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

export function flatAttributes(
  attributes: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const key of Object.keys(attributes).sort()) {
    if (omit.includes(key)) continue;
    const v = flatValue(attributes[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

export type ValueKind = 'boolean' | 'int' | 'double' | 'string';

/** One type per attribute name across all elements: the widest seen (string wins). */
export function inferKinds(rows: Array<Record<string, Scalar>>): Map<string, ValueKind> {
  const rank: Record<ValueKind, number> = { boolean: 0, int: 1, double: 2, string: 3 };
  const kinds = new Map<string, ValueKind>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      const kind = kindOf(value);
      const prev = kinds.get(key);
      if (!prev) kinds.set(key, kind);
      else if (prev !== kind) {
        const numeric =
          rank[prev] <= 2 && rank[kind] <= 2 && prev !== 'boolean' && kind !== 'boolean';
        kinds.set(key, numeric ? 'double' : 'string');
      }
    }
  }
  return kinds;
}

function kindOf(value: Scalar): ValueKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** Node keys and edge keys in sorted order, so every writer is deterministic. */
export function sortedNodes(graph: TupuGraph): string[] {
  return graph.nodes().sort();
}
export function sortedEdges(graph: TupuGraph): string[] {
  return graph.edges().sort();
}
