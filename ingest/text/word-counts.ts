/**
 * jieba's dictionary counts (one line per word: `word count tag`) looked up in place. Reading the
 * 349,000 lines into a Map of strings (a string per line, an array per split, a key per word) took
 * 0.6–0.75 CPU-seconds once per process, a seventh of ingesting 20 days of news; this table keeps
 * the decoded text and, per word, where its line starts and its count, side by side in one typed
 * array (open addressing: one cache line per probe), built in one pass without a string per line
 * (0.04–0.1 s). Same answers as the Map: a later line for the same word wins, and a count that is
 * not plain digits goes through Number() as before.
 */
export interface WordCounts {
  /** The count of `word` if the dictionary has it and its length (UTF-16 units) is kept, else 0. */
  count(word: string): number;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const EMPTY = -1;
/** A slot's key is its line's start times 8 plus the word's length (1–7). */
const LENGTH_BITS = 3;

/** A table of the dictionary's words whose length lies in [minLength, maxLength] (at most 7). */
export function wordCounts(text: string, minLength: number, maxLength: number): WordCounts {
  if (minLength < 1 || maxLength >= 1 << LENGTH_BITS) throw new RangeError('word length 1–7');
  if (text.length >= 2 ** 28) throw new RangeError('a dictionary of at most 2^28 characters');
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  let size = 1024;
  while (size < 2 * lines) size *= 2;
  const mask = size - 1;
  // [key, count] per slot; counts that are not digits below 2^31 are kept aside by slot.
  const table = new Int32Array(2 * size).fill(EMPTY);
  const odd = new Map<number, number>();

  const slotOf = (source: string, from: number, length: number, hash: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = table[2 * slot]!;
      if (key === EMPTY) return slot;
      if ((key & 7) === length && sameText(text, key >>> LENGTH_BITS, source, from, length))
        return slot;
    }
  };

  for (let line = 0, n = text.length; line < n;) {
    // `line.split(' ')`: the word is the text before the first space, the count the text from it
    // to the next space; a line without a word or a count is skipped.
    let k = line;
    let hash = 0x811c9dc5;
    let c = text.charCodeAt(k);
    while (k < n && c !== SPACE && c !== NEWLINE) {
      hash = Math.imul(hash ^ c, 0x01000193);
      c = text.charCodeAt(++k);
    }
    const length = k - line;
    if (c === SPACE) {
      const from = k + 1;
      let count = 0;
      c = text.charCodeAt(++k);
      while (k < n && c >= 0x30 && c <= 0x39 && count < 100_000_000) {
        count = count * 10 + c - 0x30;
        c = text.charCodeAt(++k);
      }
      let plain = true;
      while (k < n && c !== SPACE && c !== NEWLINE) {
        plain = false;
        c = text.charCodeAt(++k);
      }
      if (k > from && length >= minLength && length <= maxLength) {
        // slotOf inline: the build's 349,000 probes run before the function is optimised.
        let slot = hash & mask;
        for (let key = table[2 * slot]!; key !== EMPTY; key = table[2 * slot]!) {
          if ((key & 7) === length && sameText(text, key >>> LENGTH_BITS, text, line, length))
            break;
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = (line << LENGTH_BITS) + length;
        if (plain) {
          table[2 * slot + 1] = count;
          odd.delete(slot);
        } else odd.set(slot, Number(text.slice(from, k)));
      }
    }
    const end = text.indexOf('\n', k);
    line = end === -1 ? n : end + 1;
  }
  return {
    count(word) {
      const length = word.length;
      if (length < minLength || length > maxLength) return 0;
      let hash = 0x811c9dc5;
      for (let k = 0; k < length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
      const slot = slotOf(word, 0, length, hash);
      if (table[2 * slot] === EMPTY) return 0;
      return odd.get(slot) ?? table[2 * slot + 1]!;
    },
  };
}

function sameText(a: string, from: number, b: string, bFrom: number, length: number): boolean {
  for (let k = 0; k < length; k++)
    if (a.charCodeAt(from + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}
