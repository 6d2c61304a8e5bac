/**
 * Where the text itself says a name stands: interview transcripts print each turn as "某某：…" (or
 * "【某某】：…") at the start of a line, and 叫/名叫 introduces a name (一位叫某某（化名）的人, 我叫
 * 某某，). Only a name the statistics accept stands so: a surname HanLP's counts vouch for,
 * given-name characters likely in names (name-stats.ts), no frequent word, no place — 记者：,
 * 主持人：, 解说： have no surname; 北京：, 会上： are places or words; 叫好, 叫停 no names.
 */
import { isPlausibleName, surnameAt } from './names.ts';
import { isSureSurname, MIN_GIVEN_SCORE } from './names-by-role.ts';
import { givenScore } from './name-stats.ts';
import type { KnownPlaces } from './facts.ts';

/**
 * A turn: the line's start, 【 maybe, two or three Han characters, 】 maybe, a colon; a station's
 * interview line may print the speaker's title in brackets before the colon (某某（某县县委书记）：).
 */
const TURN = /(^|\n)(【?)(\p{Script=Han}{2,3})】?(?:[（(][^（）()\n]{2,24}[）)])?[：:]/gu;
/** 叫 or 名叫, a name of two or three characters, then （化名）, 的, punctuation or the end. */
const CALLED = /(名叫|叫做|叫)(\p{Script=Han}{2,3}?)(?=（化名）|（音）|的|[，。！？；、,]|$)/gu;

export function speakerLines(
  text: string,
  knownPlaces: KnownPlaces,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(TURN)) {
    const start = m.index! + m[1]!.length + m[2]!.length;
    if (standsAsName(m[3]!, knownPlaces, TURN_FLOOR)) out.push({ name: m[3]!, start });
  }
  if (text.includes('叫'))
    for (const m of text.matchAll(CALLED)) {
      const start = m.index! + m[1]!.length;
      if (standsAsName(m[2]!, knownPlaces)) out.push({ name: m[2]!, start });
    }
  return out;
}

/**
 * A turn's colon at a line's start says more than 叫 does: its given characters may score lower
 * (某山：, 某熙：; common words are refused by isPlausibleName first: 黄金：, 周末：).
 */
const TURN_FLOOR = { 1: -0.5, 2: -1 } as const;

function standsAsName(
  name: string,
  knownPlaces: KnownPlaces,
  floor: { 1: number; 2: number } = MIN_GIVEN_SCORE,
): boolean {
  const surname = surnameAt(name, 0);
  if (!surname || name.length - surname.length < 1) return false;
  if (surname.length === 1 && !isSureSurname(surname)) return false;
  if (!isPlausibleName(name, surname.length) || knownPlaces(name)) return false;
  // The given-name scores role tagging asks for (names-by-role.ts).
  const given = name.length - surname.length;
  return givenScore(name, surname.length, given) >= floor[given as 1 | 2];
}
