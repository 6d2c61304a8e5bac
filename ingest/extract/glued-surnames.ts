/**
 * Surnames that are the end of the word before them or the start of a diplomatic "side": 死于|新冠
 * (死于, 位于, 由于: 于 ends a word), 向|柬方 (向 a preposition before a country's
 * one-character short form and 方, "the Cambodian side"). Read by every route of people.ts.
 */
import { isCommonWord } from '../text/segmenter.ts';
import { wordEndsAt } from './foreign-names.ts';

/** One-character short forms of countries and blocs before 方 (中方, 美方, 柬方, 欧方, 非方). */
const SIDE = /^[中美俄英法德日韩朝越老柬泰缅印巴伊以沙土埃澳新菲马欧非乌叙阿蒙哈塞古]方$/;
/** Characters that are prepositions or conjunctions before such a side (向柬方, 同美方, 与俄方). */
const BEFORE_SIDE = /^[向同与对和跟给及为从以由]$/;

/** Verbs of going to and fro between places (往返于A与B之间, 穿梭于…): 于 after them is no surname. */
const TO_AND_FRO = /^(往返|来往|往来|穿梭|奔波|奔走|辗转|游走|来回)$/;

export function gluedSurname(
  text: string,
  p: { name: string; start: number; via: string },
): boolean {
  if (p.name.length === 3 && BEFORE_SIDE.test(p.name[0]!) && SIDE.test(p.name.slice(1)))
    return true;
  // Only a name read by sight or before a speech verb: after a title 于 opens the name (副市长于某,
  // though 长于 is a word). 会见|于某某: 见于 is a word too, but a meeting's object is the name.
  const prev = text[p.start - 1];
  if (p.name[0] !== '于' || !prev || prev === '见' || (p.via !== 'sight' && p.via !== 'speech'))
    return false;
  // 列车往返于|京雄之间: after a verb of going to and fro 于 is the preposition of the places.
  if (TO_AND_FRO.test(text.slice(Math.max(0, p.start - 2), p.start))) return true;
  // 儿童死于|新冠: the segmenter reads 死于 as one word in the sentence; 释放|于某 keeps the name.
  return isCommonWord(prev + '于') || !wordEndsAt(text, p.start);
}
