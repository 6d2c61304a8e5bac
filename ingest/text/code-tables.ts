/**
 * Tests of one character, or of the first two, by UTF-16 code: the rules ask them at every
 * character of a story or of a clause, where `text[k]` made a new string (a Han character has no
 * cached one) and a Set or RegExp then hashed or matched it (docs/benchmarks.md, eleventh round).
 * Each answers exactly as the test it stands for; a place off the text (code NaN) is in no table.
 */

/** A table of the first code unit of each word: 1 where one starts. */
export function firstCodes(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const w of words) if (w.length > 0) table[w.charCodeAt(0)] = 1;
  return table;
}

/**
 * `re.test(text[k])`, kept per code: a one-character string's answer depends on its code alone,
 * and the RegExp is asked once per code met (a non-global RegExp, whose test keeps no state). Off
 * the text the RegExp reads what `text[k]` is there, as before.
 */
export function codeTest(re: RegExp): (text: string, k: number) => boolean {
  if (re.global || re.sticky) throw new Error(`codeTest: ${re} keeps state between tests`);
  const known = new Uint8Array(65536); // 0 not asked yet, 1 no, 2 yes
  return (text, k) => {
    const code = text.charCodeAt(k);
    if (code !== code) return re.test(text[k]!);
    let answer = known[code]!;
    if (answer === 0) known[code] = answer = re.test(String.fromCharCode(code)) ? 2 : 1;
    return answer === 2;
  };
}

/**
 * The first two characters of listed words, for "may one of them start here?" asked before a
 * RegExp: a pair is looked up only where its first character can open one (the pair as a number
 * is above the small integers, which made every look-up allocate).
 */
export interface FirstPairs {
  readonly first: Uint8Array;
  readonly pairs: ReadonlySet<number>;
}
/** A text's two code units at k as one number (NaN past the end, in no set). */
const pairAt = (text: string, k: number) => text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1);
export function firstPairs(words: readonly string[]): FirstPairs {
  // A word of one character would put NaN in the set, which every place past the end matches.
  if (words.some((w) => w.length < 2))
    throw new Error('firstPairs: words of two characters or more');
  return { first: firstCodes(words), pairs: new Set(words.map((w) => pairAt(w, 0))) };
}
/** Whether the first two characters of a listed word start somewhere in [from, to). */
export function pairStartsIn(table: FirstPairs, text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++)
    if (table.first[text.charCodeAt(p)] === 1 && table.pairs.has(pairAt(text, p))) return true;
  return false;
}
