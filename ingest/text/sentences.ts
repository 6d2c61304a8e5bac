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

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"']);

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
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.has(ch) && !(ch === '…' && text[i + 1] === '…')) continue;
    let end = ch === '…' ? i + 2 : i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
