/**
 * A name read as the subject of its clause: the tests name-model.ts asks where a name's given
 * part is also a word (held whole by jieba's dictionary, framed by a pause and a verb, doubled).
 */
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { NOUN_CONJUNCTION, oneOf, SUBJECT_PREDICATES } from '../text/function-words.ts';
import { RARE_DOUBLED_WORD } from './frequency-thresholds.ts';
import { OPEN, followedByNameWord } from './name-frame.ts';
import { SECOND, THIRD, score } from './name-stats.ts';
import { givenCount, surnameEvidence } from './person-roles.ts';

/**
 * A three-character name jieba's dictionary holds whole as a person's (nr: its historical and public
 * figures), whose given name scores high as a whole though its first character alone does not.
 */
// 0.5 on the dev splits (bench:ner --split dev): 1 left out 王淦昌, 李时珍; lower let in 季后赛/nr.
const HELD_WHOLE_GIVEN = 0.5;
export const heldWhole = (kind: string, given: string, text: string, g: number) =>
  kind === 'nr' &&
  given.length === 2 &&
  score(SECOND, text, g) + score(THIRD, text, g + 1) >= HELD_WHOLE_GIVEN &&
  // 张自忠路: a street named after the person is no mention of them.
  !/[路街巷桥]/.test(text[g + 2] ?? '');

/** A name jieba holds whole opening a clause needs this of its given name (朱镕基 −0.2). */
const SUBJECT_HELD_WHOLE_GIVEN = -0.5;
/** What jieba tags the clause's predicate word as: a verb, an adverb, a preposition (积极/ad, 请/v). */
const PREDICATE_TAG = /^(v|vn|d|ad|p)$/;

/**
 * 。某镕基积极评价…, ，某政道请…: a three-character name jieba's dictionary holds whole (nr), opening
 * a sentence or a clause, with the predicate's verb, adverb or preposition right after it, is that
 * clause's subject though its first given character is common in words; a surname HanLP's counts
 * see as one in most of its uses, a given name not far below names' (季后赛 opens no clause so).
 */
export function subjectHeldWhole(text: string, i: number, kind: string, name: string): boolean {
  return (
    kind === 'nr' &&
    name.length === 3 &&
    (i === 0 || OPEN.test(text[i - 1]!)) &&
    surnameEvidence(text[i]!).share >= 0.5 &&
    score(SECOND, text, i + 1) + score(THIRD, text, i + 2) >= SUBJECT_HELD_WHOLE_GIVEN &&
    // Read on its own: in the name's window jieba's HMM may glue the verb on (请大/x).
    PREDICATE_TAG.test(tag(text.slice(i + 3, i + 7))[0]?.tag ?? '')
  );
}

/**
 * 某柔还担任过…, 某龙将此事…, 某刚就成了…: a two-character name opening a sentence or a clause
 * after punctuation, with an adverb or 是 right after it, is the clause's subject (the given
 * character must still score as a name's: the total below).
 */
// Not 才: it ends given names too often (某有才, 某尚才).
const SUBJECT_PREDICATE = oneOf(SUBJECT_PREDICATES, '^');
export const subjectOfClause = (text: string, i: number, end: number) =>
  (i === 0 || OPEN.test(text[i - 1]!)) &&
  SUBJECT_PREDICATE.test(text[end] ?? '') &&
  // 某泉又称…, 某某即名…: a term being defined; 某老就是…: an honorific, not the name.
  !/^[称名叫指]/.test(text[end + 1] ?? '') &&
  text[end - 1] !== '老';

const FRAMED_SURNAME_SHARE = 0.95; // a surname in nearly all its uses: 刘, 陈; not 高 0.85, 金, 方
/**
 * ，刘建国来到…: a given name that is a frequent word (建国) framed as a clause's subject, opened by
 * a pause or a verb, closed by a verb or a name word; 高水平 stays a word (issue 11).
 */
export function framedSubject(text: string, i: number, prevTag: string, end: number): boolean {
  if (end - i !== 3 || surnameEvidence(text[i]!).share < FRAMED_SURNAME_SHARE) return false;
  const opens = i === 0 || OPEN.test(text[i - 1]!) || /^v/.test(prevTag);
  return opens && (followedByNameWord(text, end) || verbOpensAt(text, end));
}

/** Below this HanLP count as a given name's character a doubled one is no name (常常). */
const MIN_DOUBLED_GIVEN = 50;
/**
 * 马琴琴就是…, 王芳芳说: a surname and a doubled given character, opening a clause. Ordinary
 * reduplications are dictionary words (刚刚, 常常, 天天) or use characters names seldom do.
 */
export function doubledGivenName(text: string, i: number, surname: string): string | undefined {
  const g = i + surname.length;
  const c = text[g];
  if (!c || c !== text[g + 1] || c === text[g + 2] || c === surname || !/\p{Script=Han}/u.test(c))
    return undefined;
  if (i > 0 && !OPEN.test(text[i - 1]!) && !NOUN_CONJUNCTION.test(text[i - 1]!)) return undefined;
  // 晶晶, 冰冰: words in jieba's dictionary but rare there, given names often; the whole may still
  // be a word (冷冰冰, 金灿灿).
  const doubledWord = isCommonWord(c + c) && dictionaryFrequency(c + c) >= RARE_DOUBLED_WORD;
  if (doubledWord || isCommonWord(surname + c) || isCommonWord(surname + c + c)) return undefined;
  if (givenCount(c, 'C') + givenCount(c, 'D') < MIN_DOUBLED_GIVEN) return undefined;
  return surname + c + c;
}

/** A verb of two characters or more that the segmenter starts at `at` (执行, 带领). */
export function verbOpensAt(text: string, at: number): boolean {
  const first = tag(text.slice(at, at + 4))[0];
  return !!first && first.word.length > 1 && first.tag === 'v';
}
