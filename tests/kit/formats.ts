/**
 * Strict readers for the files the exporters write, so tests check what a real consumer sees:
 * XML through saxes (a conforming XML 1.0 parser), CSV by RFC 4180.
 */
import { SaxesParser } from 'saxes';

/** Parse `xml` as XML 1.0 (namespaces on); throws with the parser's message. Returns the open tags. */
export function parseStrictXml(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const tags: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => tags.push(t.local));
  parser.write(xml).close();
  return tags;
}

/**
 * RFC 4180 records (quoted fields may hold commas, quotes and line breaks; doubled quotes;
 * CRLF; a leading BOM skipped). Throws on a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && src[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += ch;
  }
  if (quoted) throw new Error('tests/kit: CSV ends inside a quoted field');
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}
