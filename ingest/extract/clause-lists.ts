/**
 * Clauses that hold a list separated by 、 (a 与 there joins the two halves of one item:
 * 半导体与集成电路), flagged per position in one pass per text.
 */

/** Whether the clause around `at` (between commas or stops) has a 、: a list separated by 、. */
export function clauseHasComma(text: string, at: number): boolean {
  return clausesWithComma(text)[at] === 1;
}

/** Per position: 1 where its clause has a 、. One pass per text (a scan per 与 was quadratic). */
let clauseText = '';
let clauseFlags = new Uint8Array(0);
function clausesWithComma(text: string): Uint8Array {
  if (text === clauseText) return clauseFlags; // one text at a time
  const flags = new Uint8Array(text.length);
  for (let start = 0; start < text.length;) {
    let end = start;
    let comma = false;
    for (; end < text.length && !CLAUSE_END[text.charCodeAt(end)]; end++)
      comma ||= text.charCodeAt(end) === ENUMERATION_COMMA;
    if (comma) flags.fill(1, start, end);
    start = end + 1;
  }
  clauseText = text;
  clauseFlags = flags;
  return flags;
}
/** Per UTF-16 code unit: 1 where a clause ends (，。；：！？ and newline). */
const CLAUSE_END = new Uint8Array(65536);
for (const c of '，。；：！？\n') CLAUSE_END[c.charCodeAt(0)] = 1;
const ENUMERATION_COMMA = '、'.charCodeAt(0);
