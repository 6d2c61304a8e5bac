/**
 * tupu attributes as Neo4j properties, the same mapping graph/neo4j's loader writes
 * (graph/neo4j/props.ts; tests/export/cypher-neo4j.test.ts checks they agree), so a script
 * recreates what `tupu load` would: scalars and homogeneous lists as they are; edge
 * `evidence` as three aligned lists (`evidence`: each item as canonical JSON,
 * `evidenceArticles`, `evidenceSentences`); anything else in one JSON string `tupuJson`;
 * the edge type only as the relationship type. Kept free of neo4j-driver (browser-safe).
 */
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

type Storable = string | boolean | number | Storable[];

export function nodeProperties(attributes: Record<string, unknown>): Record<string, Storable> {
  return splitProps(attributes, NODE_RESERVED);
}

export function edgeProperties(attributes: Record<string, unknown>): Record<string, Storable> {
  const rest: Record<string, unknown> = { ...attributes };
  delete rest.type;
  const evidence = rest.evidence;
  const out: Record<string, Storable> = {};
  if (isEvidenceList(evidence)) {
    out.evidence = evidence.map(canonicalJson);
    out.evidenceArticles = evidence.map((e) => e.article);
    out.evidenceSentences = evidence.map((e) => e.sentence);
    delete rest.evidence;
  }
  return sortKeys({ ...out, ...splitProps(rest, EDGE_RESERVED) });
}

function splitProps(
  attrs: Record<string, unknown>,
  reserved: Set<string>,
): Record<string, Storable> {
  const props: Record<string, Storable> = {};
  const json: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const stored = reserved.has(name) ? undefined : toStorable(value);
    if (stored === undefined) json[name] = value;
    else props[name] = stored;
  }
  if (Object.keys(json).length > 0) props[JSON_PROP] = JSON.stringify(json);
  return sortKeys(props);
}

function toStorable(value: unknown): Storable | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!Array.isArray(value)) return undefined;
  if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'boolean'))
    return value as Storable[];
  if (value.every((v) => typeof v === 'number' && Number.isFinite(v))) return value as number[];
  return undefined;
}

function isEvidenceList(value: unknown): value is Array<{ article: string; sentence: string }> {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        e !== null &&
        typeof e === 'object' &&
        !Array.isArray(e) &&
        typeof e.article === 'string' &&
        typeof e.sentence === 'string',
    )
  );
}

/** JSON with object keys sorted at every level (as graph/neo4j stores evidence items). */
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

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
