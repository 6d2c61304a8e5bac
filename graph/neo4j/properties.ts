/**
 * The one mapping from tupu attributes to Neo4j properties, free of neo4j-driver so that the
 * Cypher script writer (graph/export) shares it with the loader (./props.ts):
 * - strings, booleans, finite numbers and homogeneous lists of them are stored as they are
 *   (the caller says how whole numbers are wrapped: the driver's INTEGER, or plain literals);
 * - edge `evidence` (a list of {article, sentence}) as three aligned lists: `evidence` (each
 *   item as canonical JSON: the lossless copy, and the identity used to merge without
 *   duplicates), `evidenceArticles` and `evidenceSentences` (for Cypher);
 * - anything else (objects, nulls, mixed lists, reserved names) in one JSON string `tupuJson`.
 */
import type { Evidence } from '../schema.ts';

export const JSON_PROP = 'tupuJson';
/** Written by the bulk importer's CSV only, and removed after the import (graph/neo4j/bulk-csv.ts). */
export const EMPTY_LISTS_PROP = 'tupuEmptyLists';
export const NODE_RESERVED = new Set(['key', JSON_PROP, EMPTY_LISTS_PROP]);
export const EDGE_RESERVED = new Set([
  'key',
  'type',
  JSON_PROP,
  EMPTY_LISTS_PROP,
  'evidence',
  'evidenceArticles',
  'evidenceSentences',
]);

/** How a safe integer is written: neo4j.int for the driver, the number itself for a script. */
export type WrapInteger<I> = (value: number) => I;

export type Storable<I> = string | boolean | number | I | Storable<I>[];

/** Storable attributes as properties; the rest in one JSON string property. */
export function splitProps<I>(
  attrs: Record<string, unknown>,
  reserved: Set<string>,
  int: WrapInteger<I>,
): Record<string, Storable<I>> {
  const props: Record<string, Storable<I>> = {};
  const json: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const stored = reserved.has(name) ? undefined : toStorable(value, int);
    if (stored === undefined) json[name] = value;
    else props[name] = stored;
  }
  if (Object.keys(json).length > 0) props[JSON_PROP] = JSON.stringify(json);
  return props;
}

export function toStorable<I>(value: unknown, int: WrapInteger<I>): Storable<I> | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return Number.isSafeInteger(value) ? int(value) : value;
  }
  if (!Array.isArray(value)) return undefined;
  if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'boolean'))
    return value as Storable<I>[];
  if (value.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return value.every(Number.isSafeInteger) ? value.map(int) : (value as number[]);
  return undefined;
}

/** The evidence list as its three aligned columns, or undefined when it is not one. */
export function evidenceColumns(
  value: unknown,
): { evidence: string[]; evidenceArticles: string[]; evidenceSentences: string[] } | undefined {
  if (!isEvidenceList(value)) return undefined;
  return {
    evidence: value.map(canonicalJson),
    evidenceArticles: value.map((e) => e.article),
    evidenceSentences: value.map((e) => e.sentence),
  };
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function isEvidenceList(value: unknown): value is Evidence[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        e !== null &&
        typeof e === 'object' &&
        !Array.isArray(e) &&
        typeof (e as Evidence).article === 'string' &&
        typeof (e as Evidence).sentence === 'string',
    )
  );
}

/** JSON with object keys sorted at every level: equal evidence gives equal strings. */
export function canonicalJson(value: unknown): string {
  // Nearly every evidence item is exactly {article, sentence} with string values: written
  // directly, it skips the sorted copy (a tenth of the bulk CSV's CPU on 300k edges).
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    const e = value as Record<string, unknown>;
    let n = 0;
    for (const _ in e) n++;
    if (n === 2 && typeof e.article === 'string' && typeof e.sentence === 'string')
      return `{"article":${JSON.stringify(e.article)},"sentence":${JSON.stringify(e.sentence)}}`;
  }
  return JSON.stringify(sortDeep(value));
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort())
      out[k] = sortDeep((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}
