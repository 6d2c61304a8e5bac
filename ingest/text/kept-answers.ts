/**
 * An answer kept per key in a map that is emptied when full: the rules ask the same short
 * questions again across a corpus (a window's tokens, a name's plausibility, a word's count), and
 * emptying the map bounds memory whatever the corpus size. One home for the segmenter's caches
 * and those bounded like them (names.ts, sorted-counts.ts, extract/organizations.ts).
 */
export function keptAnswer<V>(
  answers: Map<string, V>,
  key: string,
  limit: number,
  answer: (key: string) => V,
): V {
  let value = answers.get(key);
  if (value === undefined) {
    if (answers.size >= limit) answers.clear();
    value = answer(key);
    answers.set(key, value);
  }
  return value;
}
