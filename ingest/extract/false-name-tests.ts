/**
 * The tests withoutFalseNames (false-names.ts) asks of a found name's surroundings: a foreign name
 * cut at either end, a word glued before or after, a side, a body or a title read as a name, a
 * counted group. Written by hand: general rules of news style, no names listed.
 */
import { printedWithout } from './home-and-town-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { roleEndingAt } from './posts.ts';
import { dictionaryFrequency, isCommonWord, segment, tag } from '../text/segmenter.ts';
import { OBJECT_COUNT } from './frequency-thresholds.ts';
import {
  COMMON_PAIRS,
  isForeignCharAt,
  ESCORT_VERB,
  NAME_DOT,
  score,
  THIRD,
} from './name-stats.ts';
import { isForeignPlace } from './transliterations.ts';
import { isSureSurname } from './names-by-role.ts';
import { type Found, speechAt } from './story-names.ts';
import { oneWord } from './sight-terms.ts';
import { aloneBefore } from './word-cut-end.ts';
import { onceAdverbAt } from './name-end-boundary.ts';
import { foreignChars } from './titled-words.ts';
import { OPENS_NAME } from '../text/function-words.ts';

const DOT = NAME_DOT;
const SPEECH = gazetteer().lexicon.speechVerbs;
/** A country's short form before 军/方/媒 (某军称, 某方表示, 某媒称) or 调查 (韩调查称, prog63): a side, its
 * press or its inquiry, no person; 俄海军称: its navy (only short forms no surname shares: 韩海军 may be a name). */
export const SIDE =
  /^[美俄乌韩日英法德意以巴印朝越泰伊叙黎土欧][军方媒]|^[美俄乌韩日英法德意以巴印朝越泰伊叙黎土欧](检方|武装|军方|调查)|^[俄乌美以日][海空陆]军/;
/** One-character verbs and particles opening the predicate right after a name (某某乘包机, 某某作报告,
 * 某某在主席台, 会见某某时, 某某请…转达, 某某以…当选, 某某举行, 某某还称, 某某更认为, 某某再向, 某某则表示: 则 opens the contrast). */
const GLUED = /[乘作在时请以举还便开同更再则]$/;

const isForeignChar = isForeignCharAt;
/** Spelt mostly in transliteration characters (阿布|祖, 马尔|琴): a foreign name, maybe cut. */
export const foreignish = (name: string) =>
  DOT.test(name) || (isForeignChar(name, 0) && foreignChars(name) >= 2);

/**
 * 解除乌|总统办公室副主任, 会见俄|总统: a country's one-character short form ends the "name" and a
 * head of state's or government's title follows, the rest being a word (解除; not 邵安|德首相): the
 * title is that country's.
 */
const LEADER_AFTER = /^(总统|总理|首相|外长|防长|副总理)/;
export const sideBeforeTitle = (text: string, f: Found) =>
  f.name.length === 3 &&
  gazetteer().countryShort.has(f.name[2]!) &&
  isCommonWord(f.name.slice(0, 2)) &&
  LEADER_AFTER.test(text.slice(f.end, f.end + 3));

/**
 * A word of the text ends right before `start` (总统|, 致电|, 博士后|, 防长|), so a name may start
 * there: a title of the role lists counts though the segmenter splits it (国|防长).
 */
function wordEndsAt(text: string, start: number): boolean {
  if (!isHanAt(text, start - 1) || OPENS_NAME.test(text[start - 1]!)) return true;
  if (roleEndingAt(text, start)) return true;
  const two = text.slice(start - 2, start);
  const three = text.slice(start - 3, start);
  return (
    (two.length === 2 && (COMMON_PAIRS.has(two) || oneWord(two))) ||
    (three.length === 3 && oneWord(three))
  );
}

/**
 * 朔|列茨称, 同武|诺奇总统, 委员东|布罗夫诺斯: the "name" starts inside a word (the first
 * characters of a foreign name were left out).
 */
export function cutAtStart(text: string, f: Found): boolean {
  // Names start after many verbs (出席的有某某); a foreign one, or one after 花农蔡|, is checked.
  const prev = text[f.start - 1] ?? '。';
  // 某某之孙尼·弗·某某: kinship (之孙, 之子) ends a word before the name (people58).
  if (/之[子女孙儿妻夫父母侄甥]$/.test(text.slice(Math.max(0, f.start - 2), f.start))) return false;
  // 本-某某尔: a foreign name cut at its hyphen (not 大师-某某某: no sound around the dash).
  const sounds = foreignish(f.name) || isForeignChar(text, f.start - 2);
  if (/[-‐]/.test(prev) && isHanAt(text, f.start - 2) && sounds) return true;
  const foreign = foreignChars(f.name) >= 2;
  if (!foreign && !isSureSurname(prev) && !isForeignChar(text, f.start - 1)) return false;
  return !wordEndsAt(text, f.start) && !aloneBefore(text, f);
}

/** 卡列|日诺今天, 马尔诺|科在, 高桑|·迪亚诺: a foreign name that runs on (not 某某扬|等伊朗: 等 closes a list). */
export function cutAtEnd(text: string, f: Found): boolean {
  const next = text[f.end] ?? '';
  if (DOT.test(next) && isHanAt(text, f.end + 1)) return true;
  // 沈某|某、: a doubled given name cut before its second half.
  if (f.name.length === 2 && next === f.name[1] && !isHanAt(text, f.end + 1)) return true;
  // 某克|来提·某某: a dot a few characters on, the name goes on to it.
  if (/^\p{Script=Han}{1,2}[·・•‧]/u.test(text.slice(f.end, f.end + 3))) return true;
  if (!foreignish(f.name) || !isHanAt(text, f.end) || next === '等') return false;
  // 某有福也坦言: an adverb then a speech verb ends the name (也, 坦 are sounds too).
  if (/[也还则就]/.test(next) && SPEECH.some((v) => text.startsWith(v, f.end + 1))) return false;
  // 某某·某某|携夫人: a verb that brings people along ends the name (夫 is a sound).
  if (ESCORT_VERB.test(next)) return false;
  if (isForeignChar(text, f.end) && !OPENS_NAME.test(next) && !wordAfter(text, f.end)) return true;
  return isForeignChar(text, f.end + 1) && !OPENS_NAME.test(next) && !wordAfter(text, f.end);
}

/**
 * The two characters after a name are a word (当天, 表示, 访华), or the three (总统某某安曾多次表示:
 * 曾多次/d, people58): the name ended.
 */
function wordAfter(text: string, end: number): boolean {
  const two = text.slice(end, end + 2);
  return COMMON_PAIRS.has(two) || isCommonWord(two) || isCommonWord(text.slice(end, end + 3));
}

/**
 * 种植户某小时说: a glued character (时) ends a given name where the given name's other character
 * seldom ends one (小, −1.3 as a last character) and the two make a word (小时, an hour). 会见某某时
 * cuts 时 off a name that could end without it; a name cut there would end inside a word.
 */
const wordInGivenName = (name: string) =>
  name.length === 3 && score(THIRD, name, 1) < MIN_LAST_BEFORE_GLUED && isCommonWord(name.slice(1));
const MIN_LAST_BEFORE_GLUED = -1;

/**
 * A function word glued to the name's end: the name without it, or undefined when there is
 * none. 为 and 来 only when the shorter name is named elsewhere in the story (朱有为 keeps it).
 */
export function withoutGluedEnd(
  text: string,
  f: Found,
  named: ReadonlySet<string>,
): string | undefined {
  const short = f.name.slice(0, -1);
  if (short.length < 2 || DOT.test(short.at(-1)!)) return undefined;
  const last = f.name.at(-1)!;
  const runsOn = isHanAt(text, f.end);
  // 某世同分析认为: 同 right before a speech verb takes no object; it is the name's own.
  const sameBeforeSpeech = last === '同' && speechAt(text, f.end);
  if (
    GLUED.test(last) &&
    (runsOn || last === '时') &&
    !sameBeforeSpeech &&
    !wordInGivenName(f.name)
  )
    return short;
  // 某某曾作为…, 某某遂找到…: 曾/遂 before a verb that is no speech verb (某继遂表示 keeps it).
  if (/[曾遂]/.test(last) && runsOn && verbNotSpeech(text, f.end)) return short;
  // 村民某平曾是贫困户: jieba reads the name of two, then 曾 as the adverb (name-end-boundary.ts).
  if (last === '曾' && runsOn && onceAdverbAt(text, f.start, f.end - 1)) return short;
  // 来到同胞某某家帐篷里: 家 (home) glued to a name, before a place or a thing there (a noun).
  if (last === '家' && runsOn && /^[nfs]/.test(tag(text.slice(f.end, f.end + 4))[0]?.tag ?? ''))
    return short;
  // 登上卓某家的二楼 (blocal-l): 家的 (the home's) after a name the story prints without 家 too.
  if (last === '家' && text[f.end] === '的' && printedWithout(text, short, '家')) return short;
  // 某某访华表示: the visit glued to a name (a foreign name read on by sight).
  if (f.name.length >= 4 && f.name.endsWith('访华')) return f.name.slice(0, -2);
  // 主席某某某夫妇: a couple or family after a name read on by sight (夫 is a sound of the tables).
  if (f.name.length >= 4 && /(夫妇|伉俪|一家)$/.test(f.name)) return f.name.slice(0, -2);
  // 决定甲、乙为…: the last of a list of appointees; 专家甲、乙发了言: a verb before the particle 了.
  const verbed =
    text[f.end] === '了' && !isCommonWord(text.slice(f.end, f.end + 2)) && verbAt(last);
  if (
    (last === '为' || verbed) &&
    runsOn &&
    (named.has(short) || /[、，]/.test(text[f.start - 1] ?? ''))
  )
    return short;
  // 欢迎某某来俄出席, 某某来华: 来 (come) before a place's one-character form, or after a name the
  // story prints alone (周恩来 keeps it).
  if (last === '来' && runsOn && (named.has(short) || /[华京俄沪港澳访]/.test(text[f.end]!)))
    return short;
  return undefined;
}

const verbNotSpeech = (text: string, at: number) => {
  const first = segment(text.slice(at, at + 4), false)[0];
  return !!first && first.tag === 'v' && first.word.length > 1 && !SPEECH.includes(first.word);
};
const verbAt = (ch: string) => /^v/.test(segment(ch, false)[0]?.tag ?? '');
/**
 * 数百名师生夹道欢迎…，师生代表献上鲜花: a "name" the story prints right after a count and a
 * measure word of people (名, 位, 个; not 第一名, a rank) is a group of people, not one person.
 */
export function countedGroup(text: string, name: string): boolean {
  if (name.length < 2 || name.length > 3 || DOT.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 4), at);
    if (
      /[\d一二两三四五六七八九十百千万几数多余][名位个]$/.test(before) &&
      !/第[\d一二三四五六七八九十]+[名位个]$/.test(before)
    )
      return true;
  }
  return false;
}

/**
 * 温馨又开心。: a dictionary word (温馨, which jieba tags as a name) coordinated by 又/且/而 with a
 * two-character word that closes the clause is a quality, not a person (a person's name is
 * followed by a predicate: 某某又来了, 某某又说).
 */
export function coordinatedAdjective(text: string, f: Found): boolean {
  if (f.name.length !== 2 || dictionaryFrequency(f.name) < OBJECT_COUNT) return false;
  const after = text.slice(f.end, f.end + 4);
  return (
    /^[又且而]\p{Script=Han}{2}[，。；！？、”]/u.test(after) &&
    dictionaryFrequency(after.slice(1, 3)) > 0
  );
}

/** 白宫称, 某军方表示, 某国称: a place, a side or a body where a speaker's name would be. */
export function notASpeaker(name: string): boolean {
  return SIDE.test(name) || isForeignPlace(name) || isCommonWord(name);
}

/**
 * 中某两国, 向某方介绍, 支持某方履|行: a country's one-character short form then 方 (and maybe the
 * first character of the next word), where the story prints 中 and it.
 */
export const otherSide = (text: string, name: string) =>
  name.length <= 3 && name[1] === '方' && text.includes(`中${name[0]}`);

/** 《新某某》: a name whose title brackets close within two characters each side is the work's. */
export function inShortTitle(text: string, f: Found): boolean {
  return (
    /《[^《》]?$/.test(text.slice(Math.max(0, f.start - 2), f.start)) &&
    /^[^《》]?》/.test(text.slice(f.end, f.end + 2))
  );
}

/**
 * 某主席指出, 老同志代表, 市民王大爷说: a title, an address or a kinship term is no given name;
 * 走访了丁老伯、庄老伯 (local44): a surname and 老伯 address an elder the story does not name.
 */
export const TITLE_IN_NAME =
  /(主席|总理|书记|同志|总统|部长|先生|女士|小姐|老师|师傅|大爷|大妈|大娘|大叔|大姐|阿姨|奶奶|爷爷|婆婆|老伯|大伯|伯伯|叔叔|大哥|大嫂|阿婆|老汉|老太)$/;

/** 某国国家杜马主席某某: a "name" then a title then a name is the body the title belongs to. */
export function titleOfNext(text: string, f: Found, starts: ReadonlySet<number>): boolean {
  // 甲及前锋乙, 甲、主任乙, 甲，秘书长乙: the title is the next person's own (pairs38: comma).
  // 甲、乙等6位常委作…: 等 closes a list, and the title after it is the list's (a false name
  // read after it, 作大会, made the last item a title's part; pairs46).
  if (/[、和及／/与，；等]/.test(text[f.end] ?? '')) return false;
  for (let e = f.end + 2; e <= f.end + 5; e++)
    if (starts.has(e) && roleEndingAt(text, e)) return true;
  return false;
}

/** Prepositions and conjunctions that may be read as a surname before a name (向, 同, 和…). */
export const PREPOSITION_FIRST = /^[向对给为与和同跟让把被将在从]/;

/** Where a list or a run of names goes on (、, 和, ／): two-character names there need no more. */
export const LISTED = /[、和及／/]/;

export const GROUP_TITLE = /(?:广大|全体|各级|众多)[^，。；：、\s]{0,8}$/u;
