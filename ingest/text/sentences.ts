/**
 * Sentence splitting with character offsets. A sentence ends at 。！？；!?; (and at …… ), and a
 * closing quote right after the terminator stays with its sentence. Quotes are not split inside
 * when the quote itself ends the sentence.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Per UTF-16 code unit: 1 = terminator, 2 = closing quote or bracket. */
const KIND = new Uint8Array(65536);
for (const c of '。！？；!?;') KIND[c.charCodeAt(0)] = 1;
for (const c of '”’」』)）"') KIND[c.charCodeAt(0)] = 2;
const NEWLINE = 10;
const ELLIPSIS = '…'.charCodeAt(0);

// Character codes, not one-character strings: a CJK character read as text[i] is a new string.
export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      out.push({
        text: body,
        start: offset + start + lead,
        end: offset + start + lead + body.length,
      });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      push(i);
      start = i + 1;
      continue;
    }
    const ellipsis = ch === ELLIPSIS && text.charCodeAt(i + 1) === ELLIPSIS;
    if (!ellipsis && KIND[ch] !== 1) continue;
    let end = ch === ELLIPSIS ? i + 2 : i + 1;
    while (end < n && KIND[text.charCodeAt(end)]! > 0) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/**
 * Where the run of text ending at `at` starts: back to just after the last character `stops`
 * matches (or the text's start), at most `reach` characters back. The rules' clauses and sentences
 * differ only in their stops, so each rule names its stops and walks here.
 */
export function runStart(text: string, at: number, stops: RegExp, reach = Infinity): number {
  let from = at;
  while (from > 0 && at - from < reach && !stops.test(text[from - 1]!)) from--;
  return from;
}

/** Where the run of text starting at `at` ends: the next character `stops` matches (or the end). */
export function runEnd(text: string, at: number, stops: RegExp): number {
  let to = at;
  while (to < text.length && !stops.test(text[to]!)) to++;
  return to;
}

/** What ends a clause: a comma, a colon or a sentence's end. */
const CLAUSE_END = /[，。；：！？\n]/;

/** The clause before `start`, back to the last comma or full stop (at most `reach` characters). */
export function clauseBefore(text: string, start: number, reach = 40): string {
  return text
    .slice(Math.max(0, start - reach), start)
    .split(CLAUSE_END)
    .pop()!;
}

/** The clause from `end` on, up to the next comma or full stop (at most `reach` characters). */
export function clauseAfter(text: string, end: number, reach: number): string {
  return text.slice(end, end + reach).split(CLAUSE_END)[0]!;
}
