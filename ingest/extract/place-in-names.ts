/**
 * A district's short form read inside a person's name in a list of names (indu44, issue 13):
 * 秦某某、孟某、郭汉中等10人当选 — 汉中 (the city's short form) is the given name after the
 * surname 郭, one item of a list of people; junk on a fresh 新闻联播 day.
 */
import { gazetteer } from '../gazetteer/index.ts';

/** What bounds one item of a list: a pause, a list's 等, the line's or the text's edge. */
const ITEM_EDGE = /^(|[、，,：:；;\s“”"（(])$/;
const ITEM_END = /^(|[、，,；;。\s”"）)]|等)$/;

/**
 * Whether the two-character short form at `start` follows a one-character surname and with it
 * makes a whole item of a list (、 on one side or 等 after it), which is no place of its own.
 * `isPlace` tells a three-character place that opens with a surname (a listed name): kept.
 */
export function insideListedName(
  text: string,
  start: number,
  surface: string,
  isPlace: (name: string) => boolean,
): boolean {
  if (surface.length !== 2 || start < 1 || !gazetteer().surnames.has(text[start - 1]!))
    return false;
  const end = start + surface.length;
  const before = text.slice(Math.max(0, start - 2), start - 1);
  const after = text[end] ?? '';
  if (!ITEM_EDGE.test(before) || !ITEM_END.test(after)) return false;
  if (before !== '、' && after !== '、' && after !== '等') return false;
  const whole = text[start - 1] + surface;
  return !['', '市', '县', '区'].some((s) => isPlace(whole + s));
}
