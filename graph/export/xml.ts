/**
 * The one XML text escaper, for every XML the project writes (GEXF, GraphML, the report's and
 * the explorer's SVG). Scraped text carries characters XML 1.0 cannot hold at all, escaped or
 * not (ESC, VT, U+FFFF, half of a surrogate pair): a parser refuses the whole file for one of
 * them, so they become U+FFFD (the replacement character), visible where text was lost.
 */

/** C0 controls except tab, LF and CR; U+FFFE and U+FFFF; surrogates not in a pair. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character XML 1.0 cannot hold replaced by U+FFFD; markup left as is. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Escape text for XML attribute values and text nodes. Tab, LF and CR are written as character
 * references so attribute values keep them (a parser turns raw ones into spaces).
 */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"'\r\n\t]/g, (ch) => ENTITIES[ch]!);
}
