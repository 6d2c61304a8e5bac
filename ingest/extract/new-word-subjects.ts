/**
 * A clause's subject that jieba's dictionary does not know (某琨还向…, 某胄也获得…, 某兰的作品…):
 * a frequent surname and one more character that jieba's HMM reads as one new word, opening a
 * clause right before an adverb, 是 or 的. The name model (name-model.ts) weighs the given
 * character by how often names use it, and a rare character (琨, 胄) scores as unseen there; but
 * the segmenter gluing the two into a word it has never seen is evidence of its own: ordinary
 * two-character words are in its dictionary, and a new one opened by a character that is a
 * surname nine times in ten is a name far more often than not.
 */
import { tagWindow } from '../text/segmenter.ts';
import { isPlausibleGivenName, surnameAt } from './names.ts';
import { NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { COMMON_PAIRS, isForeignCharAt } from './name-stats.ts';
import { surnameEvidence } from './person-roles.ts';
import { isForeignPlace } from './transliterations.ts';
import { oneOf, SUBJECT_PREDICATES } from '../text/function-words.ts';
import type { KnownPlaces } from './facts.ts';

/** A surname by this rule must be one in this share of its uses at least (HanLP's counts). */
const MIN_SURNAME_SHARE = 0.9;
/**
 * What opens the clause before the subject, or joins the subject to what precedes it (24岁的某晶是…,
 * 发现了某某和某茜的…): a particle or a conjunction ends the word before it.
 */
const OPEN = /[\s，。！？；：:、,（(“"”)）!?;《》的和与及]/;
/** What a subject is followed by: an adverb, 是 (name-model.ts's set), or 的 (某兰的艺术…). */
const SUBJECT_NEXT = oneOf(SUBJECT_PREDICATES + '的', '^');

/** The two-character name at text[i…] read as a new word before a subject's predicate, if any. */
export function newWordSubjectAt(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
): string | undefined {
  if (i > 0 && !OPEN.test(text[i - 1]!)) return undefined;
  if (!SUBJECT_NEXT.test(text[i + 2] ?? '')) return undefined;
  const surname = surnameAt(text, i);
  if (surname?.length !== 1 || surnameEvidence(surname).share < MIN_SURNAME_SHARE) return undefined;
  const name = text.slice(i, i + 2);
  const given = name[1]!;
  if (
    !/\p{Script=Han}/u.test(given) ||
    !isPlausibleGivenName(given) ||
    NOT_GIVEN_NAME.test(given) ||
    // 某老就是…: an honorific for an elder, not the given name.
    given === '老' ||
    TRANSLITERATED_GIVEN.test(given) ||
    COMMON_PAIRS.has(name) ||
    // 桑普, 马科: both characters spell foreign words, a club or a place cut short.
    (isForeignCharAt(text, i) && isForeignCharAt(text, i + 1)) ||
    knownPlaces(name) ||
    isForeignPlace(name)
  )
    return undefined;
  // The same window as the name model's, so the segmenter's answer is cached for both.
  const from = Math.max(0, i - 3);
  const tokens = tagWindow(text.slice(from, i + 5));
  let at = from;
  let k = 0;
  while (k < tokens.length && at < i) at += tokens[k++]!.word.length;
  const token = tokens[k];
  return at === i && token?.tag === 'x' && token.word === name ? name : undefined;
}
