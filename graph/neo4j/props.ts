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
import type { EdgeAttributes, NodeAttributes } from '../schema.ts';
import {
  EDGE_RESERVED,
  evidenceColumns,
  isStringList,
  JSON_PROP,
  NODE_RESERVED,
  splitProps,
  toStorable,
  type Storable as StorableOf,
} from './properties.ts';

/** Node list attributes merged as sets when a second corpus is loaded. */
const NODE_SET_LISTS = ['aliases', 'articles'] as const;

type Storable = StorableOf<Integer>;
const int = (value: number): Integer => neo4j.int(value);
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
  const mentions = toStorable(rest.mentions, int);
  if (typeof rest.mentions === 'number' && mentions !== undefined) {
    row.mentions = mentions;
    delete rest.mentions;
  }
  row.props = splitProps(rest, NODE_RESERVED, int);
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
  const evidence = evidenceColumns(rest.evidence);
  if (evidence) {
    row.ev = evidence.evidence;
    row.evA = evidence.evidenceArticles;
    row.evS = evidence.evidenceSentences;
    delete rest.evidence;
  }
  row.props = splitProps(rest, EDGE_RESERVED, int);
  return row;
}

/** What an edge statement receives: the ends by element id (`s`, `t`), not by key. */
export interface WireEdgeRow {
  key: string;
  s: string;
  t: string;
  props: PropMap;
  /** Null also when the server builds the items from `evA` and `evS` (./statements.ts). */
  ev: string[] | null;
  evA: string[] | null;
  evS: string[] | null;
}

/** A character that JSON.stringify escapes (or may: any surrogate), so `"…"` would differ. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const plain = (s: string) => !NEEDS_ESCAPE.test(s);

/**
 * The row as sent: the end keys stay home (the statement finds the ends by element id), and
 * the evidence items are left for the server to build when each is exactly
 * {article, sentence} with nothing to escape, their canonical JSON then being
 * `{"article":"A","sentence":"S"}`; anything else is sent as it is.
 */
export function wireEdgeRow(row: EdgeRow, s: string, t: string): WireEdgeRow {
  let ev = row.ev;
  if (ev && row.evA!.every(plain) && row.evS!.every(plain)) {
    const built = row.evA!.map((a, i) => `{"article":"${a}","sentence":"${row.evS![i]}"}`);
    if (built.every((item, i) => item === ev![i])) ev = null;
  }
  return { key: row.key, s, t, props: row.props, ev, evA: row.evA, evS: row.evS };
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
