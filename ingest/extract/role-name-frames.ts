/**
 * Frames around a role-tagged name (names-by-role.ts) that make it no person's: a place suffix
 * printed right after it (布达佩斯和某某采市，), or a line of classical verse (东流不尽秦时水，
 * 润泽天府两千年。), whose characters role tagging reads as names as readily as any, or one of
 * the pentads of a solar term right after its name (小暑温风至: the features on the 24 solar terms
 * quote them, and 温, 凉, 田 are surnames).
 */

/** Suffixes of a place's name; after the "name" and before punctuation or a conjunction. */
const PLACE_AFTER = /^[市县镇乡州省岛][，。、；：！？,;:\s和与及的等]/;

export const placeAfterName = (text: string, end: number): boolean =>
  PLACE_AFTER.test(text.slice(end, end + 2));

const CLAUSE_MARK = /[，。！？；,;!?\n]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * A verse line: a clause of five or seven Chinese characters next to (before or after one
 * comma) a clause of the same length, the couplet closed by 。 or ！ (东流不尽某时水，润泽天府两千年。).
 */
export function inVerseLine(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && !CLAUSE_MARK.test(text[a - 1]!)) a--;
  let b = start;
  while (b < text.length && !CLAUSE_MARK.test(text[b]!)) b++;
  const line = text.slice(a, b);
  if ((line.length !== 5 && line.length !== 7) || !HAN_ONLY.test(line)) return false;
  const n = line.length;
  // The next line: after a comma, the same length, then the couplet's end.
  if (text[b] === '，') {
    const next = text.slice(b + 1, b + 1 + n);
    if (HAN_ONLY.test(next) && next.length === n && /[。！]/.test(text[b + 1 + n] ?? ''))
      return true;
  }
  // The line before: a comma before this one, a line of the same length before it, and this one
  // closing the couplet.
  if (text[a - 1] === '，' && /[。！]/.test(text[b] ?? '')) {
    const prev = text.slice(Math.max(0, a - 1 - n), a - 1);
    const before = text[a - 2 - n];
    if (
      HAN_ONLY.test(prev) &&
      prev.length === n &&
      (before === undefined || CLAUSE_MARK.test(before) || /[“”\s]/.test(before))
    )
      return true;
  }
  return false;
}

/** The 24 solar terms (二十四节气), general knowledge of the calendar. */
const SOLAR_TERM_BEFORE =
  /(立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|冬至|小寒|大寒)$/;

/** A solar term's pentads (候) named earlier in the sentence: 小满有三候，苦菜秀、靡草死、麦秋至. */
const PENTADS_BEFORE = /[一二三初末]候[^。！？\n]*$/;

/** A solar term's name right before the "name", in its clause (小暑|温风至, 立秋|凉风至), or its
 * pentads listed after 三候 (blind cctv36a). */
export const afterSolarTerm = (text: string, start: number): boolean =>
  SOLAR_TERM_BEFORE.test(text.slice(Math.max(0, start - 2), start)) ||
  PENTADS_BEFORE.test(text.slice(Math.max(0, start - 24), start));
