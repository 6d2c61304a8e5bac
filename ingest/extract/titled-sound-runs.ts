/**
 * 土耳其外长恰某什奥卢表示: after a country's title, a run of sounds opened by a character the
 * tables take only inside a run (恰, 茹: INNER_SOUNDS) and holding one character no table has (武),
 * closed by a verb of speech, is the holder's name. foreignNameAt opens runs only at a sound of
 * the strict tables, so such names were lost with their post (names42-a, 2022-08-05).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { countryEndsAt } from './countries.ts';
import { INNER_SOUNDS } from './foreign-names.ts';
import { roleEndingAt } from './posts.ts';
import { dictionaryFrequency, isCommonWord } from '../text/segmenter.ts';
import { COMMON_TAIL } from './frequency-thresholds.ts';

const speechWords = gazetteer().speechVerbIndex;

/**
 * The tests the callers pass in (transliterations.ts's isSound, which imports this module, and
 * foreign-names.ts's endsClearly): whether the character at `k` is a sound of a foreign name, and
 * whether a run ending at `end` ends clearly (a pause, a verb, an adverb).
 */
export type SoundAt = (text: string, k: number) => boolean;
export type EndsClearly = (text: string, end: number) => boolean;

/** The run of sounds at i after a country's title and before a verb of speech, if any. */
export function soundRunAfterCountryTitle(
  text: string,
  i: number,
  isSound: SoundAt,
): string | undefined {
  if (!INNER_SOUNDS.has(text[i] ?? '')) return undefined;
  const role = roleEndingAt(text, i);
  if (!role || !countryEndsAt(text, i - role.length)) return undefined;
  for (let end = i + 3; end <= i + 6; end++) {
    const verb = speechWords.longestAt(text, end);
    if (!verb || verb.length < 2) continue;
    const run = text.slice(i, end);
    if (!/^\p{Script=Han}+$/u.test(run)) return undefined;
    // All sounds but one: the inner sound opening it counts when a sound follows.
    let other = 0;
    for (let k = i + 1; k < end; k++) if (!isSound(text, k)) other++;
    return other <= 1 && isSound(text, end - 1) ? run : undefined;
  }
  return undefined;
}

/** 某国卫生部长: a country ending two to six characters of a body before the role word. */
function countryBeforeBody(text: string, titleStart: number): boolean {
  for (let k = titleStart - 2; k >= Math.max(0, titleStart - 6); k--) {
    if (!/^\p{Script=Han}+$/u.test(text.slice(k, titleStart))) return false;
    if (countryEndsAt(text, k)) return true;
  }
  return false;
}

/**
 * 辞职的某某, 离任的某某, 前任某某: the one who resigned, left office or held it before is a
 * person (a place neither resigns nor has a predecessor). Right after such a cue a run of three to
 * six sounds may hold one character no table has (斯维里坚科: 坚), as after a country's title, when
 * a verb or punctuation closes it (endsClearly) and it ends in a sound.
 */
export const LEFT_OFFICE = /(?:辞职|离任|卸任|去职|下台|被解职|被罢免)的$|前任$/;
export function soundRunAfterLeaving(
  text: string,
  i: number,
  isSound: SoundAt,
  endsClearly: EndsClearly,
): string | undefined {
  if (!isSound(text, i) || !LEFT_OFFICE.test(text.slice(Math.max(0, i - 4), i))) return undefined;
  let other = 0;
  for (let end = i + 1; end <= i + 6 && end <= text.length; end++) {
    if (!/\p{Script=Han}/u.test(text[end - 1]!) || FUNCTION_CHAR.test(text[end - 1]!))
      return undefined;
    if (!isSound(text, end - 1) && ++other > 1) return undefined;
    if (end - i >= 3 && isSound(text, end - 1) && endsClearly(text, end) && !isSound(text, end))
      return text.slice(i, end);
  }
  return undefined;
}

/**
 * What closes a name besides endsClearly: adverbs of manner opening a greeting (热烈祝贺, which
 * jieba reads as one place word), 此前/此后 and a day of the month (某某此前一天称, 某某8日说).
 */
const ALSO_CLOSES = /^(热烈|衷心|诚挚|真诚|高度|积极|此前|此后|[0-9０-９]{1,2}日)/;
/**
 * Characters of function words and one-character verbs and prepositions, never in such a run
 * (特朗普|此前, 古特雷斯|用视频, 出任总理的|勒某某, 卡多佐|之子).
 */
const FUNCTION_CHAR = /[此这该其之的了在将已也还曾又都并与和及用以向对为被把给从由同跟]/;

/**
 * 某国总统武罗巴拉武热烈祝贺, 某国总统赫里斯托祖利季斯表示: after a foreign country's title, a run of
 * four to ten characters closed clearly (a pause, a verb, an adverb) and spelt mostly in sounds
 * (at most two in five from outside the tables: 武, 季) is the holder's whole name. The sound walks
 * stop at six characters or at the first character no table has, and cut such names (武罗巴拉,
 * 赫里斯托祖利; names50-a). A shorter run closed clearly is the name (普京|今天表示): no long reading.
 */
export function longRunAfterCountryTitle(
  text: string,
  i: number,
  isSound: SoundAt,
  endsClearly: EndsClearly,
): string | undefined {
  // 某国卫生部长莫某阿莱迪和…: the second character may be one no table has (措) when the first
  // and the two after it are sounds (people61, 2025-11-21); the share below still bounds them.
  // Not where the two open a common word (某国总统夫人某某某: 夫人, a spouse's word, no name).
  const secondOutside = !isSound(text, i + 1);
  if (
    (secondOutside &&
      (!isSound(text, i) || !isSound(text, i + 3) || isCommonWord(text.slice(i, i + 2)))) ||
    !isSound(text, i + 2) ||
    FUNCTION_CHAR.test(text[i] ?? '')
  )
    return undefined;
  const role = roleEndingAt(text, i);
  if (!role) return undefined;
  const titleStart = i - role.length;
  // The country's ministry between (某国卫生部长): the run outside the tables needs it too.
  if (!countryEndsAt(text, titleStart) && !(secondOutside && countryBeforeBody(text, titleStart)))
    return undefined;
  let other = (isSound(text, i) ? 0 : 1) + (secondOutside ? 1 : 0);
  for (let end = i + 2; end <= i + 10 && end <= text.length; end++) {
    if (!/\p{Script=Han}/u.test(text[end - 1] ?? '')) return undefined;
    if (end > i + 2 && !isSound(text, end - 1)) other++;
    // 某国总统泽某斯基任命德某帕特为…: a common word of two characters no table has (任命, which
    // jieba tags a noun there, so endsClearly does not close the name before it) is the verb.
    if (
      !isSound(text, end - 1) &&
      !isSound(text, end - 2) &&
      isCommonWord(text.slice(end - 2, end))
    )
      return undefined;
    // 某国总统卡某普多次扬言要…: past a name of three, a common word whose second character no
    // table has (多次, 一再) is the clause's adverb; the run behind it is no name (names54-a).
    if (end - 2 >= i + 3 && !isSound(text, end - 1) && isCommonWord(text.slice(end - 2, end)))
      return undefined;
    if (!endsClearly(text, end) && !ALSO_CLOSES.test(text.slice(end, end + 3))) continue;
    const length = end - i;
    if (FUNCTION_CHAR.test(text.slice(i, end))) return undefined; // 某某之子, 某某此前
    // 某某独家专访, 某某光荣当选: a common word ending the run is the clause's, not the name's.
    const tail = text.slice(end - 2, end);
    if (isCommonWord(tail) || dictionaryFrequency(tail) >= COMMON_TAIL) return undefined;
    return length >= 4 && other * 5 <= length * 2 ? text.slice(i, end) : undefined;
  }
  return undefined;
}
