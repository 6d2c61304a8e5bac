/**
 * Bare transliterated names that the clause itself places as a person, with no title before or
 * after them (names54): the one replaced in an office (接替某某出任…), the other side of a talk
 * between people (与某某进行沟通; not 谈判, which bodies hold too), and a team's player who wins
 * (某国队的某某获得…). Bodies neither take an office nor win a medal.
 */
import { oneOf, WITH_PARTNER } from '../text/function-words.ts';
import { dictionaryFrequency, tagWindow } from '../text/segmenter.ts';
import { seenPerson, type PersonFinding } from './facts.ts';
import { gazetteer } from '../gazetteer/index.ts';

const REPLACED = /接替$/;
const TAKES_OFFICE = /^(?:出任|担任|成为)/;
const TALK_WITH = oneOf(WITH_PARTNER, '', '$');
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

/**
 * 来自某国的某某购买了…, …的某某说: a visitor a feature introduces by where she comes from and then
 * by what she does (stop 45): a name jieba's dictionary holds (nr) after 来自<country>的, before a
 * verb of buying or speaking or her first visit. jieba tags brands nr too (西门子, 索尼): a firm from
 * abroad 表示 or 介绍 in news, it does not 说 or buy a dress, so those verbs are left out.
 */
const FROM_COUNTRY = /来自([^，。、；：！？“”]{1,8})的$/;
// 来自意大利的某某就在人流里停了下来 (cctv31b): an adverb may open the act, and 就在/正在 (there, at
// that moment) tells where the visitor is.
const VISITOR_DOES =
  /^(?:[就也正还又便]?(?:购买|买了|说|告诉|感叹|第[一二三四五六七八九十]次|和同伴|带着)|[就也正还又便]在)/;
const OF = '的'.charCodeAt(0);

export function visitorFromAbroadAt(text: string, i: number): PersonFinding | undefined {
  if (text.charCodeAt(i - 1) !== OF) return undefined;
  const from = FROM_COUNTRY.exec(text.slice(Math.max(0, i - 13), i))?.[1];
  if (!from || !gazetteer().countries.has(from)) return undefined;
  const first = tagWindow(text.slice(i, i + 8))[0];
  if (!first || !/^nr/.test(first.tag) || first.word.length < 2 || first.word.length > 4)
    return undefined;
  const end = i + first.word.length;
  return VISITOR_DOES.test(text.slice(end, end + 5)) ? seenPerson(first.word, i) : undefined;
}
