/**
 * Shapes of culture and history stories that the sight reader takes for names (issue 11, the
 * general forms the lead listed from the held-out sets):
 * - 乐教善教, 边学边干: a four-character phrase whose halves repeat a character (the second and
 *   the fourth, or the first and the third) is a set phrase of two parallel verbs; no name repeats
 *   a character so;
 * - “沉舟侧畔千帆过，病树前头万木春”: two clauses of exactly five or seven characters quoted together
 *   are a couplet of classical verse, and three characters inside a line are its words;
 * - 丁家巷, 王家湾: a surname, 家 and a word for a lane, a bend, a village or a ferry name the old
 *   quarter or hamlet of that clan, a place.
 * General knowledge of Chinese verse and place naming; no names listed.
 */
import type { Found } from './story-names.ts';
import { runEnd, runStart } from '../text/sentences.ts';

const echoPhrase = (name: string) =>
  name.length === 4 && (name[1] === name[3] || name[0] === name[2]);

/** Where a clause stops: a pause, a stop or a quote. */
const STOP = /[，。；！？：“”、\n]/;
const HAN = /^\p{Script=Han}+$/u;

/** The clause around `at`: its start and end (stops excluded). */
function clauseAround(text: string, at: number): [number, number] {
  return [runStart(text, at, STOP), runEnd(text, at, STOP)];
}

function inVerseLine(text: string, f: Found): boolean {
  const [start, end] = clauseAround(text, f.start);
  const length = end - start;
  if ((length !== 5 && length !== 7) || end < f.end || !HAN.test(text.slice(start, end)))
    return false;
  const same = (s: number, e: number) => e - s === length && HAN.test(text.slice(s, e));
  // A couplet quoted whole (“甲，乙”): news clauses of seven characters pair up too (在全部收信人中，
  // 某某所得最多), so the quote marks must open the first line and close the second.
  const couplet = (s: number, e: number) =>
    /[“「『《]/.test(text[s - 1] ?? '') && /^[。！？]?[”」』》]/.test(text.slice(e, e + 2));
  // The line before, ending at the stop before this one; or the line after.
  if (start >= 2 && /[，；]/.test(text[start - 1]!)) {
    const [s, e] = clauseAround(text, start - 2);
    if (same(s, e) && couplet(s, end)) return true;
  }
  if (/[，；]/.test(text[end] ?? '')) {
    const [s, e] = clauseAround(text, end + 1);
    if (same(s, e) && couplet(start, e)) return true;
  }
  return false;
}

/** 家巷, 家湾: 家 and a word for a lane, a bend of a river, a hamlet, a ferry or a market. */
const CLAN_PLACE = /^家[巷弄湾村庄坝坪坡岭沟堡寨洼渡嘴塘墩集埠]$/;

/** A name by sight that is a set phrase, a word of a verse line, or a clan's place. */
export const verseOrClanPlace = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  (echoPhrase(f.name) ||
    (f.name.length === 3 && CLAN_PLACE.test(f.name.slice(1))) ||
    inVerseLine(text, f));
