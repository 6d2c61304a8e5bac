/**
 * Where an evidence sentence is in its article's text, for the reader: at the offset recorded
 * at ingest when the text there is that sentence (exact, even when other sentences begin with
 * the same words or the same sentence is printed twice); else where the whole sentence is first
 * printed (graphs without offsets); else nowhere (the reader falls back to the paragraph).
 */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Paragraph {
  text: string;
  /** Where the paragraph starts in the article's text. */
  start: number;
}

/** The article's non-blank lines with their positions (the reader shows one <p> per line). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g))
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

export function locateSentence(text: string, sentence: string, offset?: number): TextSpan | null {
  if (!sentence) return null;
  if (offset !== undefined && offset >= 0 && text.startsWith(sentence, offset))
    return { start: offset, end: offset + sentence.length };
  const at = text.indexOf(sentence);
  return at < 0 ? null : { start: at, end: at + sentence.length };
}

/** The paragraph holding the span's start, or -1. */
export function paragraphAt(paragraphs: readonly Paragraph[], span: TextSpan): number {
  return paragraphs.findIndex((p) => span.start >= p.start && span.start < p.start + p.text.length);
}
