/**
 * Surnames that are the end of the word before them or the start of a diplomatic "side": 死于|新冠
 * (死于, 位于, 由于: 于 ends a word), 向|柬方 (向 a preposition before a country's
 * one-character short form and 方, "the Cambodian side"), 往返于|津雄之间 (于…之间: between two
 * places). Read by every route of people.ts.
 */
import { isCommonWord } from '../text/segmenter.ts';
import { wordEndsAt } from './foreign-names.ts';

/** One-character short forms of countries and blocs before 方 (中方, 美方, 柬方, 欧方, 非方). */
const SIDE = /^[中美俄英法德日韩朝越老柬泰缅印巴伊以沙土埃澳新菲马欧非乌叙阿蒙哈塞古]方$/;
/** Characters that are prepositions or conjunctions before such a side (向柬方, 同美方, 与俄方). */
const BEFORE_SIDE = /^[向同与对和跟给及为从以由]$/;

export function gluedSurname(
  text: string,
  p: { name: string; start: number; via: string },
): boolean {
  if (p.name.length === 3 && BEFORE_SIDE.test(p.name[0]!) && SIDE.test(p.name.slice(1)))
    return true;
  // Only a name read by sight or before a speech verb: after a title 于 opens the name (副市长于某,
  // though 长于 is a word). 会见|于某某: 见于 is a word too, but a meeting's object is the name.
  const prev = text[p.start - 1];
  // 往返于某某之间: 于 opens "between" (于…之间/之中), the two places after it are no name.
  if (p.name[0] === '于' && /^(之间|之中|两地)/.test(text.slice(p.start + p.name.length)))
    return true;
  if (p.name[0] !== '于' || !prev || prev === '见' || (p.via !== 'sight' && p.via !== 'speech'))
    return false;
  // 儿童死于|新冠: the segmenter reads 死于 as one word in the sentence; 释放|于某 keeps the name.
  return isCommonWord(prev + '于') || !wordEndsAt(text, p.start);
}
