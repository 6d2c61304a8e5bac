/**
 * Words of set phrases and headlines that take a name's shape, found on news no rule had been
 * written for (people42: twelve fresh days of national news judged by hand before any change):
 * a country's short form and 称 (韩称将…), a four-character phrase of two parallel halves (缺林少绿),
 * a run of four-character phrases (万物初盛、夏韵方兴), a company named after its country
 * (中国某飞与…), a country read as a title at a clause's start (苏丹 is also a sultan), and a
 * place of sounds as the subject of 位于 or of 是 + a place's head (people43).
 * Written by hand: general forms of Chinese news writing, no names listed.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { isForeignCharAt } from './name-stats.ts';
import { roleEndingAt } from './posts.ts';
import { tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';

const SHORT = gazetteer().countryShort;
const STATES = gazetteer().states;

/** 韩称将…, 日称…: a country's one-character short form and 称/说 ("Korea says") heads a story. */
const countrySays = (f: Found) =>
  f.name.length === 2 && SHORT.has(f.name[0]!) && /^[称说]$/.test(f.name[1]!);

/**
 * The first characters of the two halves of a four-character phrase built in parallel
 * (缺林少绿, 有山无水, 东奔西走, 千山万水, 大街小巷): the second and fourth characters are its nouns
 * or verbs, so a "name" over them is the phrase's tail.
 */
const PARALLEL = new Set([
  '缺少',
  '多少',
  '少多',
  '有无',
  '无有',
  '东西',
  '南北',
  '左右',
  '前后',
  '千万',
  '大小',
  '半半',
  '不不',
  '无无',
  '一一',
]);
/** 缺|林少绿: the character before a three-character name and its second open parallel halves. */
const parallelTail = (text: string, f: Found) =>
  f.name.length === 3 && PARALLEL.has((text[f.start - 1] ?? '') + f.name[1]!);

const PAUSE = /^[，、；。！？：\s]$/;
/** Whether text[from, to) is a clause of exactly that many Han characters between pauses. */
const clauseOf = (text: string, from: number, to: number) =>
  from >= 0 &&
  to <= text.length &&
  (from === 0 || PAUSE.test(text[from - 1]!)) &&
  (to >= text.length || PAUSE.test(text[to]!)) &&
  [...text.slice(from, to)].every((_, k) => isHanAt(text, from + k));

/**
 * 万物初盛、夏韵方兴。: a two-character "name" by sight ending a clause of four characters, next
 * to another clause of four, is the end of a four-character phrase in a run of them (a title and
 * a name there, 校长某某, is read with its title first; a verb's object, 告诉某某, is a name).
 */
function inFourCharacterRun(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 2 || !clauseOf(text, f.start - 2, f.end)) return false;
  // 告诉某某、, 看望某某、: a verb or a preposition before the name takes it as its object.
  if (
    roleEndingAt(text, f.start) ||
    /^[vp]/.test(tag(text.slice(f.start - 2, f.start))[0]?.tag ?? '')
  )
    return false;
  return clauseOf(text, f.start - 7, f.start - 3) || clauseOf(text, f.end + 1, f.end + 5);
}

/**
 * 中国某飞与…签约: two characters by sight right after a country's name, with no title between,
 * are the rest of a company's or body's name (a state-owned maker named 中国 + two characters).
 */
function afterCountry(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 2) return false;
  if (isForeignCharAt(f.name, 0) && isForeignCharAt(f.name, 1)) return false;
  for (let k = 2; k <= 5; k++) if (STATES.has(text.slice(f.start - k, f.start))) return true;
  return false;
}

/**
 * 苏丹多地冲突持续: a title that is also a country's name (苏丹, a sultan), opening a clause with
 * nothing before it, is the country; what follows is no name (文莱苏丹某某 keeps its country first).
 */
function countryAsTitle(text: string, f: Found): boolean {
  if (f.via !== 'post') return false;
  for (let k = 2; k <= 4; k++) {
    const from = f.start - k;
    if (from >= 0 && STATES.has(text.slice(from, f.start)) && !isHanAt(text, from - 1)) return true;
  }
  return false;
}

/** What a place is called as a predicate's head: a gate, a stronghold, a hub, a town, a port. */
const PLACE_HEAD =
  /(?:大门|门户|重镇|要塞|枢纽|要地|据点|前哨|城市|小镇|城镇|村庄|港口|首府|首都)”?(?:之一)?$/;

/**
 * 某某斯纳亚是该地区的“南大门”, 某某斯克位于某州东部: a name of sounds by sight as the subject of
 * 位于 (lies in), or of 是 with a place's head closing the clause, is a place (people42 left it:
 * a town of a war report read as a person); a person is no gate, hub or town.
 */
function placeOfSounds(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length < 3) return false;
  if (![...f.name].every((_, k) => isForeignCharAt(f.name, k))) return false;
  const rest = text.slice(f.end, f.end + 32);
  if (rest.startsWith('位于')) return true;
  const clause = /^是([^，。；！？\n]{1,24})[，。；！？\n]/.exec(rest);
  return clause !== null && PLACE_HEAD.test(clause[1]!);
}

/** Whether a finding of findPeople is one of the set phrases above, no person. */
export function setPhraseName(text: string, f: Found): boolean {
  return (
    countrySays(f) ||
    (f.via === 'sight' && parallelTail(text, f)) ||
    inFourCharacterRun(text, f) ||
    afterCountry(text, f) ||
    countryAsTitle(text, f) ||
    placeOfSounds(text, f)
  );
}
