/**
 * tupu attributes <-> Neo4j properties, lossless both ways.
 *
 * Neo4j properties hold only scalars and homogeneous lists of scalars, so:
 * - strings, booleans, numbers (integers as Neo4j INTEGER) and lists of them are stored as is;
 * - edge `evidence` (a list of {article, sentence}) is stored three ways, aligned by index:
 *   `evidence` (each item as canonical JSON: the lossless copy, and the identity used to
 *   merge without duplicates), `evidenceArticles` and `evidenceSentences` (for Cypher);
 * - anything else (objects, nulls, mixed lists, attributes whose name is reserved) goes into
 *   one JSON string property `tupuJson`, decoded back on the way out;
 * - the node type is both the label and the property `type`; the edge type is the
 *   relationship type only; `key` is a property on both.
 */
import neo4j, { isInt, type Integer } from 'neo4j-driver';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../schema.ts';

export const JSON_PROP = 'tupuJson';
const NODE_RESERVED = new Set(['key', JSON_PROP]);
const EDGE_RESERVED = new Set([
  'key',
  'type',
  JSON_PROP,
  'evidence',
  'evidenceArticles',
  'evidenceSentences',
]);
/** Node list attributes merged as sets when a second corpus is loaded. */
const NODE_SET_LISTS = ['aliases', 'articles'] as const;

type Storable = string | boolean | number | Integer | Storable[];
export type PropMap = Record<string, Storable>;

export interface NodeRow {
  key: string;
  props: PropMap;
  aliases: string[] | null;
  articles: string[] | null;
  mentions: Storable | null;
}

export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  props: PropMap;
  /** Evidence items as canonical JSON; null when the edge has no (well-formed) evidence list. */
  ev: string[] | null;
  evA: string[] | null;
  evS: string[] | null;
}

export function nodeRow(key: string, attrs: NodeAttributes): NodeRow {
  const rest: Record<string, unknown> = { ...attrs };
  const row: NodeRow = { key, props: {}, aliases: null, articles: null, mentions: null };
  for (const name of NODE_SET_LISTS) {
    if (isStringList(rest[name])) {
      row[name] = rest[name] as string[];
      delete rest[name];
    }
  }
  const mentions = toStorable(rest.mentions);
  if (typeof rest.mentions === 'number' && mentions !== undefined) {
    row.mentions = mentions;
    delete rest.mentions;
  }
  row.props = splitProps(rest, NODE_RESERVED);
  return row;
}

export function edgeRow(
  key: string,
  source: string,
  target: string,
  attrs: EdgeAttributes,
): EdgeRow {
  const rest: Record<string, unknown> = { ...attrs };
  delete rest.type;
  const row: EdgeRow = { key, source, target, props: {}, ev: null, evA: null, evS: null };
  if (isEvidenceList(rest.evidence)) {
    row.ev = rest.evidence.map(canonicalJson);
    row.evA = rest.evidence.map((e) => e.article);
    row.evS = rest.evidence.map((e) => e.sentence);
    delete rest.evidence;
  }
  row.props = splitProps(rest, EDGE_RESERVED);
  return row;
}

/** Storable attributes as properties; the rest in one JSON string property. */
function splitProps(attrs: Record<string, unknown>, reserved: Set<string>): PropMap {
  const props: PropMap = {};
  const json: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const stored = reserved.has(name) ? undefined : toStorable(value);
    if (stored === undefined) json[name] = value;
    else props[name] = stored;
  }
  if (Object.keys(json).length > 0) props[JSON_PROP] = JSON.stringify(json);
  return props;
}

function toStorable(value: unknown): Storable | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return toNumber(value);
  if (!Array.isArray(value)) return undefined;
  if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'boolean'))
    return value as Storable[];
  if (value.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return value.every(Number.isSafeInteger) ? value.map((v) => neo4j.int(v)) : (value as number[]);
  return undefined;
}

function toNumber(value: number): Storable | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Number.isSafeInteger(value) ? neo4j.int(value) : value;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isEvidenceList(value: unknown): value is Evidence[] {
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

// ---- Neo4j -> tupu ----

/** Driver values to plain JSON values: integers to numbers, temporal/spatial to strings. */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlainValue(v);
    return out;
  }
  return value;
}

/** Node properties (minus `key`) back to tupu attributes. */
export function nodeAttributes(props: Record<string, unknown>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'key' || name === JSON_PROP) continue;
    attrs[name] = toPlainValue(value);
  }
  return { ...attrs, ...parseJsonProp(props[JSON_PROP]) };
}

/** Relationship properties back to tupu edge attributes (type from the relationship type). */
export function edgeAttributes(
  type: string,
  props: Record<string, unknown>,
): Record<string, unknown> {
  const attrs: Record<string, unknown> = { type };
  for (const [name, value] of Object.entries(props)) {
    if (EDGE_RESERVED.has(name)) continue;
    attrs[name] = toPlainValue(value);
  }
  if (Array.isArray(props.evidence))
    attrs.evidence = props.evidence.map((s) => JSON.parse(String(s)));
  return { ...attrs, ...parseJsonProp(props[JSON_PROP]) };
}

function parseJsonProp(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
