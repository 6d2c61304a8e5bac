/**
 * Bare transliterated names that the clause itself places as a person, with no title before or
 * after them (names54): the one replaced in an office (接替某某出任…), the other side of a talk
 * between people (与某某进行沟通; not 谈判, which bodies hold too), and a team's player who wins
 * (某国队的某某获得…). Bodies neither take an office nor win a medal.
 */
import { dictionaryFrequency } from '../text/segmenter.ts';

const REPLACED = /接替$/;
const TAKES_OFFICE = /^(?:出任|担任|成为)/;
const TALK_WITH = /[与同和跟]$/;
const TALK = /^进行(?:沟通|通话|交谈|电话交谈)/;
const TEAM_OF = /队的$/;
const WINS = /^(?:获得|夺得|摘得|摘取|斩获)/;

/** Whether the clause around text[i, end) says a person stands there. */
export function personByClause(text: string, i: number, end: number): boolean {
  const before = text.slice(Math.max(0, i - 2), i);
  const after = text.slice(end, end + 6);
  if (REPLACED.test(before)) return TAKES_OFFICE.test(after);
  if (TEAM_OF.test(before)) return WINS.test(after);
  // A body with a name of sounds (an armed group, a cartel) talks too: only names jieba lacks.
  return (
    TALK_WITH.test(before) && TALK.test(after) && dictionaryFrequency(text.slice(i, end)) === 0
  );
}
