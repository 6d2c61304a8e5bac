/**
 * The one check of a serialized tupu graph against the schema (./schema.ts), used at every
 * boundary that reads a graph: graph/json's importGraph (CLI load, stats, report, export,
 * serve) and the explorer's file picker and Cypher box. Browser-safe, no dependencies.
 *
 * It names the first offending node or edge and field, so a wrong graph is refused before
 * anything is replaced: a label 12345 or aliases "notalist" would otherwise reach code that
 * calls string and list methods on them ("s.normalize is not a function").
 */
import { isEdgeType, isNodeType } from './schema.ts';

type Kind = 'string' | 'number' | 'boolean' | 'string[]' | 'evidence[]';

/** Declared node fields and their types (NodeAttributes); other fields may hold any JSON. */
const NODE_FIELDS: Readonly<Record<string, Kind>> = {
  label: 'string',
  aliases: 'string[]',
  pinyin: 'string',
  articles: 'string[]',
  mentions: 'number',
  title: 'string',
  file: 'string',
  date: 'string',
  chars: 'number',
  text: 'string',
  role: 'string',
  organization: 'string',
  kind: 'string',
  level: 'string',
  parent: 'string',
  district: 'string',
};

/** Declared edge fields and their types (EdgeAttributes). */
const EDGE_FIELDS: Readonly<Record<string, Kind>> = {
  evidence: 'evidence[]',
  count: 'number',
  role: 'string',
  former: 'boolean',
  asOf: 'string',
};

const REQUIRED_NODE_FIELDS = ['label'];

export class GraphShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphShapeError';
  }
}

/**
 * Names that plain-object code turns into prototype writes or inherited lookups
 * (`obj[key] = v` with "__proto__" replaces the prototype): refused as keys and field names.
 */
export function isPrototypeName(name: string): boolean {
  return name === '__proto__' || Object.prototype.hasOwnProperty.call(Object.prototype, name);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${truncate(String(value))}`;
}

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The problem with one value, or null when it has the declared kind. */
function problem(kind: Kind, value: unknown): string | null {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? null : `expected text, got ${describe(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `expected a number, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${describe(value)}`;
    case 'string[]': {
      if (!Array.isArray(value)) return `expected a list of text, got ${describe(value)}`;
      const i = value.findIndex((v) => typeof v !== 'string');
      return i < 0 ? null : `item ${i} is ${describe(value[i])}, expected text`;
    }
    case 'evidence[]': {
      if (!Array.isArray(value)) return `expected a list of evidence, got ${describe(value)}`;
      for (const [i, ev] of value.entries()) {
        if (!ev || typeof ev !== 'object' || Array.isArray(ev))
          return `item ${i} is ${describe(ev)}, expected {article, sentence}`;
        for (const f of ['article', 'sentence'] as const) {
          const v = (ev as Record<string, unknown>)[f];
          if (typeof v !== 'string') return `item ${i}'s ${f} is ${describe(v)}, expected text`;
        }
        // Optional (graphs made before it load as they are): where the sentence starts.
        const at = (ev as Record<string, unknown>).offset;
        if (at !== undefined && !(Number.isInteger(at) && (at as number) >= 0))
          return `item ${i}'s offset is ${describe(at)}, expected a character position`;
      }
      return null;
    }
  }
}

function checkAttributes(
  what: string,
  attrs: Record<string, unknown>,
  fields: Readonly<Record<string, Kind>>,
): void {
  for (const name of Object.keys(attrs)) {
    if (isPrototypeName(name))
      throw new GraphShapeError(`${what} has a field named "${name}", which is not allowed`);
    const kind = fields[name];
    if (!kind) continue;
    const p = problem(kind, attrs[name]);
    if (p) throw new GraphShapeError(`${what} field "${name}": ${p}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

function checkKey(what: string, key: unknown): string {
  if (typeof key !== 'string' || key === '') throw new GraphShapeError(`${what} has no text "key"`);
  if (isPrototypeName(key))
    throw new GraphShapeError(`${what} has the key "${key}", which is not allowed`);
  return key;
}

/** Throws a GraphShapeError naming the first node with a wrong key or attribute; returns the keys. */
export function validateNodes(nodes: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  nodes.forEach((n, i) => {
    const key = checkKey(`node #${i}`, isRecord(n) ? n.key : undefined);
    const what = `node "${truncate(key)}"`;
    const attrs = (n as { attributes?: unknown }).attributes;
    if (!isRecord(attrs) || !isNodeType(attrs.type))
      throw new GraphShapeError(`${what} has no valid "type"`);
    for (const f of REQUIRED_NODE_FIELDS)
      if (!(f in attrs)) throw new GraphShapeError(`${what} has no "${f}"`);
    checkAttributes(what, attrs, NODE_FIELDS);
    keys.add(key);
  });
  return keys;
}

/**
 * Throws a GraphShapeError naming the first edge with a wrong key, end or attribute. With
 * `nodes`, both ends must be among them (otherwise the graph's own import checks the ends).
 */
export function validateEdges(edges: readonly unknown[], nodes?: ReadonlySet<string>): void {
  edges.forEach((e, i) => {
    if (!isRecord(e)) throw new GraphShapeError(`edge #${i} is not an object`);
    const what =
      e.key === undefined ? `edge #${i}` : `edge "${truncate(checkKey(`edge #${i}`, e.key))}"`;
    for (const end of ['source', 'target'] as const) {
      const v = e[end];
      if (typeof v !== 'string') throw new GraphShapeError(`${what} has no text "${end}"`);
      if (nodes && !nodes.has(v))
        throw new GraphShapeError(`${what} field "${end}": no node "${truncate(v)}"`);
    }
    const attrs = e.attributes;
    if (!isRecord(attrs) || !isEdgeType(attrs.type))
      throw new GraphShapeError(`${what} has no valid "type"`);
    checkAttributes(what, attrs, EDGE_FIELDS);
  });
}

/** Check a whole serialized graph ({attributes?, nodes, edges?}); throws GraphShapeError. */
export function validateSerializedGraph(data: unknown): void {
  if (!isRecord(data) || !Array.isArray(data.nodes))
    throw new GraphShapeError('not a graphology export: expected an object with a "nodes" array');
  if (data.edges !== undefined && !Array.isArray(data.edges))
    throw new GraphShapeError('"edges" must be an array');
  if (data.attributes !== undefined) {
    if (!isRecord(data.attributes)) throw new GraphShapeError('"attributes" must be an object');
    for (const name of Object.keys(data.attributes))
      if (isPrototypeName(name))
        throw new GraphShapeError(`the graph has a field named "${name}", which is not allowed`);
  }
  const keys = validateNodes(data.nodes);
  validateEdges((data.edges as unknown[] | undefined) ?? [], keys);
}
