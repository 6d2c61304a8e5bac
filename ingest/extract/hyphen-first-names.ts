/**
 * 让-诺埃尔·某某, 让-皮埃尔·某某: a French (or other European) first name of two joined by a
 * hyphen before the dot. The segmenter reads the name before the hyphen as a word of its own
 * (让/v: "let"), so the dotted name's first part began after the hyphen and the name was cut
 * (names42: the part before the hyphen was lost, and the title reader then held the rest).
 */
import { isHanAt } from '../text/normalize.ts';
import { countryAcross, isCountry } from './countries.ts';
import { wordEndsAt } from './foreign-names.ts';
import { isSound, roleBefore } from './transliterations.ts';

/** The longest name before the hyphen read (让, 让-保罗's 让, 安妮-玛丽's 安妮: short). */
const MAX_FIRST = 4;

/**
 * Where the dotted name that starts at `start` really starts: before a hyphen right before it, a
 * run of transliteration sounds (at most four, no country) that opens at a clear place — the text's start, a
 * mark, a role word or the end of a word (代表|让-…, 外长|让-…) — belongs to the name.
 */
export function hyphenFirstNameStart(text: string, start: number): number {
  const hyphen = start - 1;
  if (hyphen < 1 || (text[hyphen] !== '-' && text[hyphen] !== '－')) return start;
  let from = hyphen;
  while (
    from > 0 &&
    hyphen - from < MAX_FIRST &&
    isHanAt(text, from - 1) &&
    isSound(text, from - 1)
  )
    from--;
  if (from === hyphen) return start;
  const clear =
    from === 0 || !isHanAt(text, from - 1) || roleBefore(text, from) || wordEndsAt(text, from);
  // 俄罗斯-…: a country joined to the name by a hyphen is no first name.
  const run = text.slice(from, hyphen);
  return clear && !isCountry(run) && !countryAcross(text, from) ? from : start;
}
