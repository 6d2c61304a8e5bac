/**
 * 甲、栗某某、乙: an item of a 、 list with a found name on either side is a name too when it
 * opens with a surname and the rest may be a given name, though the rest is also a word (战书, a
 * written challenge) and so failed the list walk's own test (name-lists.ts isListName). A list
 * of people sets things beside none of its names, so the names on both sides vouch for it.
 */
import { surnameAt, isPlausibleListedGivenName } from './names.ts';
import { TRANSLITERATED_GIVEN } from './name-frame.ts';
import { surnameEvidence } from './person-roles.ts';
import { tag } from '../text/segmenter.ts';

/** Given names that are not: honorifics, the endings of places (甲、某家村、乙), a family (张家). */
const PLACE_OR_ADDRESS =
  /^(先生|女士|老师|师傅|总|某|某某|氏)$|[镇村庄乡县市省州区岛港湾山河湖江路街桥寺庙城家]$/;
/**
 * 某金山, 某春江: a natural feature's character ends many men's given names of two characters,
 * as the other place endings do not. In a list of people the two are a given name unless jieba
 * reads them as one place or thing (泰山, 长江: ns); 金山 (nr) or 振山 (no word: x) pass (blocal-k).
 */
const LAND_FEATURES = '山江河湖';
const FEATURE_ENDING = new RegExp(`^\\p{Script=Han}[${LAND_FEATURES}]$`, 'u');
/** A word ending in such a feature (金山/nr after a surname read as a verb: thing-contexts.ts). */
export const ENDS_IN_FEATURE = new RegExp(`[${LAND_FEATURES}]$`);
export function featureGivenName(given: string): boolean {
  if (!FEATURE_ENDING.test(given)) return false;
  const words = tag(given);
  return words.length > 1 || /^(nr|x)$/.test(words[0]!.tag);
}
/** The list's neighbours leave less to the character: a surname in half its uses will do. */
const MIN_SURNAME_SHARE = 0.5;

export function namesBetweenNames(
  text: string,
  spans: readonly { start: number; end: number }[],
  taken: Set<number>,
): { name: string; start: number }[] {
  const starts = new Set(spans.map((s) => s.start));
  const out: { name: string; start: number }[] = [];
  for (const f of spans) {
    if (text[f.end] !== '、') continue;
    const at = f.end + 1;
    for (const len of [3, 2]) {
      if (text[at + len] !== '、' || !starts.has(at + len + 1) || taken.has(at)) continue;
      const name = text.slice(at, at + len);
      const surname = surnameAt(name, 0);
      // A surname in most of HanLP's uses of the character, however rare (栗: 33 uses, 92%).
      if (!/^\p{Script=Han}+$/u.test(name) || surname?.length !== 1) continue;
      if (surnameEvidence(surname).share < MIN_SURNAME_SHARE) continue;
      const given = name.slice(1);
      // Not name-model.ts's NOT_GIVEN_NAME whole: its endings of things (书 of 白皮书) are no
      // item of a list of people, but a place's (某某村、某某镇) or an honorific may be.
      if (!isPlausibleListedGivenName(given)) continue;
      if (PLACE_OR_ADDRESS.test(given) && !featureGivenName(given)) continue;
      if (TRANSLITERATED_GIVEN.test(given)) continue;
      taken.add(at);
      out.push({ name, start: at });
    }
  }
  return out;
}
