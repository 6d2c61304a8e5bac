/**
 * The CSV columns of a common node or edge, built straight from its attributes.
 *
 * The general path (./bulk-csv.ts) builds the very rows the MERGE path sends (./props.ts),
 * then the stored property map, then the columns: three copies of every property map and a
 * driver Integer per number, which with their garbage were most of the CSV's CPU time. Nearly
 * every element of an ingested graph holds only strings, numbers, booleans, non-empty string
 * lists and a well-formed evidence list; for those the columns are written here directly, the
 * same names, types and texts (csv-fast.spec.ts compares both paths element by element).
 * Anything else (reserved or unsafe names, empty lists, other lists, objects, list items
 * holding the delimiter) answers undefined and takes the general path.
 */
import type { Column } from './csv-files.ts';
import { canonicalJson, EDGE_RESERVED, NODE_RESERVED } from './properties.ts';

/** Between list items in a CSV field: a control character that news text does not hold. */
export const ARRAY_DELIMITER = '\u001f';
export const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A scalar's column, as csvValue types it (safe integers are the driver's INTEGER: long). */
function scalar(name: string, value: unknown): Column | undefined {
  if (typeof value === 'string') return { name, type: 'string', value };
  if (typeof value === 'boolean') return { name, type: 'boolean', value: String(value) };
  if (typeof value === 'number' && Number.isFinite(value))
    return { name, type: Number.isSafeInteger(value) ? 'long' : 'double', value: String(value) };
  return undefined;
}

/** A non-empty list of strings without the delimiter, joined; else undefined. */
function stringList(value: unknown[]): string | undefined {
  if (value.length === 0) return undefined;
  for (const v of value) if (typeof v !== 'string' || v.includes(ARRAY_DELIMITER)) return undefined;
  return value.join(ARRAY_DELIMITER);
}

/** Columns sorted by name, as the general path orders them (code unit order). */
const byName = (a: Column, b: Column) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A node's columns (its `type` is a property too), or undefined for the general path. */
export function fastNodeColumns(attrs: Record<string, unknown>): Column[] | undefined {
  const cols: Column[] = [];
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    if (NODE_RESERVED.has(name) || !SAFE_NAME.test(name)) return undefined;
    if (Array.isArray(value)) {
      const text = stringList(value);
      if (text === undefined) return undefined;
      cols.push({ name, type: 'string[]', value: text });
      continue;
    }
    const col = scalar(name, value);
    if (!col) return undefined;
    cols.push(col);
  }
  return cols.sort(byName);
}

/** An edge's columns besides key and ends (its `type` is the relationship type), or undefined. */
export function fastEdgeColumns(attrs: Record<string, unknown>): Column[] | undefined {
  const cols: Column[] = [];
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || name === 'type') continue;
    if (name === 'evidence') {
      if (!evidenceColumns(value, cols)) return undefined;
      continue;
    }
    if (EDGE_RESERVED.has(name) || !SAFE_NAME.test(name) || Array.isArray(value)) return undefined;
    const col = scalar(name, value);
    if (!col) return undefined;
    cols.push(col);
  }
  return cols.sort(byName);
}

/** The three aligned evidence columns of a non-empty, well-formed list; false otherwise. */
function evidenceColumns(value: unknown, cols: Column[]): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  let json = '';
  let articles = '';
  let sentences = '';
  for (let i = 0; i < value.length; i++) {
    const e = value[i] as { article?: unknown; sentence?: unknown } | null;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) return false;
    const { article, sentence } = e;
    if (typeof article !== 'string' || typeof sentence !== 'string') return false;
    if (article.includes(ARRAY_DELIMITER) || sentence.includes(ARRAY_DELIMITER)) return false;
    // JSON escapes the delimiter, so the canonical item never holds it.
    const sep = i === 0 ? '' : ARRAY_DELIMITER;
    json += sep + canonicalJson(e);
    articles += sep + article;
    sentences += sep + sentence;
  }
  cols.push(
    { name: 'evidence', type: 'string[]', value: json },
    { name: 'evidenceArticles', type: 'string[]', value: articles },
    { name: 'evidenceSentences', type: 'string[]', value: sentences },
  );
  return true;
}
