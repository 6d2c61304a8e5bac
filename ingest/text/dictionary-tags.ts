/**
 * The tag jieba's `tag` gives a word on its own, without asking jieba: jieba-rs' `Jieba::tag` cuts
 * the text, then looks each word up alone: the dictionary's tag for a word it holds (a word the
 * user dictionary adds keeps the main dictionary's tag when that holds it too), else `m` for a
 * word whose ASCII letters and digits are all digits, `eng` for one with a letter, `x` for one with
 * neither. Checked equal to jieba's `tag` on 813,957 words (every text the rules segment in
 * cctv24z, cctv25r, cctv22u and the seeds, those texts whole, every seventh dictionary word and
 * the gazetteer's words: docs/benchmarks.md, tenth round; dictionary-tags.spec.ts keeps a few).
 * The dictionary is searched in its own sorted bytes, like its counts (./sorted-counts.ts);
 * undefined when it is not sorted.
 */
import { compareLineWord, firstLineNotBelow, sortedLineStarts } from './sorted-counts.ts';

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** A word's tag under jieba's `tag` with this dictionary and the added words (first tag kept). */
export function dictionaryTags(
  bytes: Uint8Array,
  added: ReadonlyMap<string, string>,
): ((word: string) => string) | undefined {
  const starts = sortedLineStarts(bytes);
  if (!starts) return undefined;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const n = bytes.length;
  /** The tag of the line at `line` whose word is `length` bytes long: its third field. */
  const tagOf = (line: number, length: number): string => {
    // A line without a count or a tag: jieba-rs reads its tag as empty.
    let k = line + length;
    if (bytes[k] !== SPACE) return '';
    k++;
    while (k < n && bytes[k] !== SPACE && bytes[k] !== NEWLINE) k++;
    if (bytes[k] !== SPACE) return '';
    const from = k + 1;
    let end = from;
    while (end < n && bytes[end] !== SPACE && bytes[end] !== NEWLINE && bytes[end] !== 0x0d) end++;
    return decoder.decode(bytes.subarray(from, end));
  };
  const inDictionary = (word: string): string | undefined => {
    const query = encoder.encode(word);
    const at = firstLineNotBelow(bytes, starts, query, query.length);
    return at < starts.length && compareLineWord(bytes, starts[at]!, query, query.length) === 0
      ? tagOf(starts[at]!, query.length)
      : undefined;
  };
  return (word) => inDictionary(word) ?? added.get(word) ?? byCharacters(word);
}

/** jieba-rs' tag for a word its dictionary lacks: by its ASCII letters and digits. */
function byCharacters(word: string): string {
  let letters = 0;
  let digits = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
  }
  return letters + digits === 0 ? 'x' : letters === 0 ? 'm' : 'eng';
}
