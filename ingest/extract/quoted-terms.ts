/**
 * The terms a text prints in quotation marks, in order: a campaign named by its count (“三个一批”,
 * “五水共治”) is quoted. Chinese marks (“…”) and ASCII ones ("…") both open and close, mixed as
 * pages mix them; a term holds no quote mark and no line break. A quotation's own quotes are single
 * (“要开展‘三个年’活动”, lstrat60): a term in ‘…’ is read as one in “…”.
 */

/** One quoted term: `inner` without its marks, `quoted` with them, from `at` to `end`. */
export interface QuotedTerm {
  inner: string;
  quoted: string;
  at: number;
  end: number;
}

const patterns = new Map<number, RegExp>();

/**
 * The quoted terms of two to `longest` characters. The bound is part of the walk, not a filter
 * after it: an ASCII " closes one term and may open the next, so a term too long to read lets its
 * closing mark open another ("九个字的一个长名字" 和 "三城联创": the walk up to 8 reads " 和 " and
 * then misses 三城联创, the walk up to 20 reads both).
 */
export function* quotedTerms(text: string, longest: number): Generator<QuotedTerm> {
  let pattern = patterns.get(longest);
  if (!pattern) {
    pattern = new RegExp(`[“"]([^“”"\\n]{2,${longest}})[”"]|‘([^‘’“”"\\n]{2,${longest}})’`, 'g');
    patterns.set(longest, pattern);
  }
  for (const m of text.matchAll(pattern))
    yield { inner: (m[1] ?? m[2])!, quoted: m[0], at: m.index, end: m.index + m[0].length };
}
