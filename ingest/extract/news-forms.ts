/**
 * Forms of news writing that the name rules read as people (issues 11 and 13, people40; found on
 * fresh 新闻联播 days and the development annotations):
 * - 阿方表示 (the Emirati side): a country's first character then 方 is "the X side" of diplomatic
 *   writing wherever the story prints that country; the hand list of false-names.ts (SIDE) holds
 *   the usual short forms only (美方, 俄方), not 阿, 斯, 匈, 蒙….
 * - 斯匈总理会面 (the Slovak and Hungarian prime ministers): two countries' first characters before
 *   a leader's title, as headlines pair two countries; each character opens a country of the story.
 * - 总统任期 (the president's term): a title as the modifier of a common noun; the "name" after it is
 *   a word jieba's dictionary holds whole, not as a name, whose second character names seldom use.
 * - 国家主席夫人娜丽: 夫人 (wife) between a leader's title and the wife's name is a title of its own,
 *   not the name's first sounds; the name is what follows it.
 * - “万企兴万村”行动: a quoted slogan opening with a surname character; a name by sight that opens
 *   a quotation running on past it is the slogan's first words (a person is not quoted with half a
 *   phrase glued on).
 * General rules of news style; no names are listed.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isCommonWord, segment } from '../text/segmenter.ts';
import { allForeign, score, SECOND } from './name-stats.ts';
import type { Found } from './story-names.ts';
import { artsFigureAt } from './occupation-names.ts';

const STATES = [...gazetteer().states];
const SHORT = gazetteer().countryShort;

/** Some country of the tables opening with this character is printed in the story (or a short form). */
function countryOf(text: string, c: string): boolean {
  if (SHORT.has(c)) return true;
  return STATES.some((s) => s.length >= 2 && s[0] === c && text.includes(s));
}

/** 阿方表示, 蒙方愿: a country's first character and 方. */
export function countrySide(text: string, f: Found): boolean {
  return f.name.length === 2 && f.name[1] === '方' && countryOf(text, f.name[0]!);
}

/** Leaders' titles a headline puts after two countries (斯匈总理, 中美元首, 德法外长). */
const PAIRED_TITLE = /^(总理|总统|首相|元首|领导人|外长|防长|议长|国王|外交部长|国防部长)/;

/** 斯匈总理会面: two countries' first characters before a leader's title. */
export function countryPair(text: string, f: Found): boolean {
  return (
    f.name.length === 2 &&
    PAIRED_TITLE.test(text.slice(f.end, f.end + 5)) &&
    f.name[0] !== f.name[1] &&
    countryOf(text, f.name[0]!) &&
    countryOf(text, f.name[1]!)
  );
}

/**
 * 韩中建交以来, 韩中是邻居: a country's first character and 中 (China), in either order, where the
 * story prints that country: a foreign leader's way of naming the two countries, read by sight as
 * a surname and a given name. A person named so would not stand in a story of the two countries.
 */
export function pairWithChina(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 2 || f.name[0] === f.name[1]) return false;
  const other = f.name[0] === '中' ? f.name[1]! : f.name[1] === '中' ? f.name[0]! : undefined;
  return !!other && STATES.some((s) => s.length >= 2 && s[0] === other && text.includes(s));
}

/** jieba's tags of common words that a title may modify (任期/n, 选举/v, 周期/t, 任内/r). */
const NOUN_OR_VERB_TAG = /^(n|vn|v|t|r)$/;

/**
 * 首个总统任期, 总统选举: after a title, two characters jieba reads whole as a common noun or verb
 * (no name tag) whose second character scores below zero as a given name's (期, 举, 位; not 峰 of
 * 高峰/nr, nor 勇): the title's noun, no person.
 */
export function wordAfterTitle(text: string, f: Found): boolean {
  if (f.via !== 'post' || f.name.length !== 2) return false;
  if (artsFigureAt(text, f.name, f.start)) return false; // 爱国诗人屈原。
  const [first] = segment(text.slice(f.start, f.end + 3), false);
  return (
    first?.word === f.name &&
    NOUN_OR_VERB_TAG.test(first.tag) &&
    isCommonWord(f.name) &&
    score(SECOND, f.name, 1) < 0
  );
}

/** 主席夫人娜丽: the name without the 夫人 read into it, or undefined where there is none. */
export function withoutWifeTitle<F extends Found>(f: F): F | undefined {
  if (!f.name.startsWith('夫人')) return f;
  const name = f.name.slice(2);
  return name.length >= 2 ? { ...f, name, start: f.start + 2 } : undefined;
}

/** How far a quoted slogan may run on past the name (“万企兴万村”). */
const QUOTE_REACH = 8;

/**
 * “一核引领、两翼齐飞、三产融合”: the second half of a four-character item opened by a count (两翼)
 * in a quoted list of such items is no name (blocal-j read 齐飞).
 */
const COUNTED_ITEM_BEFORE = /[“"「、][一二三四五六七八九十两双多]\p{Script=Han}$/u;

/** “万企兴万村”: a name by sight opening a quotation that runs on past it without a pause. */
export function quotedSlogan(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  if (
    f.name.length === 2 &&
    /^[、”"」]/.test(text[f.end] ?? '') &&
    COUNTED_ITEM_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start)) &&
    /[“"「]/.test(text.slice(Math.max(0, f.start - 30), f.start))
  )
    return true;
  if (!/[“"「]/.test(text[f.start - 1] ?? '')) return false;
  // A name of foreign sounds opening a quote is a person the quote names (“某某夫元帅”号, “某某接班人”).
  if (allForeign(f.name)) return false;
  const rest = /^[^”"」，。、；！？\s]{1,8}[”"」]/.exec(text.slice(f.end, f.end + QUOTE_REACH + 1));
  return !!rest;
}
