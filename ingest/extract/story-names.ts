/**
 * Checks of a name against the rest of its story (a news story prints a name several ways):
 * - a name cut before its last character (某战|书、, 某舒斯|京表示): one character is left alone
 *   before a list mark or a speech verb, or the story prints the longer name elsewhere;
 * - a name cut at its start (舒斯京 where the story prints 米舒斯京 at the same place);
 * - a place or a body read as a name: somewhere in the story the same string is followed by a
 *   place word (某某州, 某某市中心, 某某以南) or stands in brackets after a body's full name
 *   (…抵抗运动（某某）).
 * Written by hand: general rules of news style, no names listed.
 */
import {
  BEFORE_PARTNER,
  NOUN_CONJUNCTION,
  oneOf,
  WITH_PARTNER,
  without,
} from '../text/function-words.ts';
import { levelClass, CITY_TO_TOWNSHIP } from '../text/level-words.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, plainWordCount, segment, tag } from '../text/segmenter.ts';
import { endsClearly } from './foreign-names.ts';
import { COMMON_PAIRS, NAME_DOT, isForeignCharAt } from './name-stats.ts';
import { occurrencesOf } from '../text/occurrences.ts';

/** 和, 与, 同 (the partner words less 跟): the joints the speech-verb rule below was written for. */
const JOINS_OR_TAKES = oneOf(without(WITH_PARTNER, '跟'));

/** A name as findPeople gathered it, where it was printed and by which rule. */
export interface Found {
  name: string;
  start: number;
  end: number;
  via: string;
}

const SPEECH = gazetteer().lexicon.speechVerbs;
/**
 * Characters that follow a whole name as a word of their own (等, 说, 时, 父子…) or open the
 * predicate: never the last character of a cut name.
 */
const NOT_LAST =
  /[等和及与或们的了也都说称讲答问笑谈道时后前上中里外处家人均亦则又再并就已曾还却仍才在为是对向将被把给让从于以乘作请举便开同指男女父母夫妻兄弟姐妹一二三四五六七八九十两地得着过著译编撰摄绘所序]/;
/** Adverbs and pronouns of place that open a predicate and never a conjunct (和先后, 和那里). */
const NO_CONJUNCT = /^(先后|曾经|已经|一直|随即|当即|随后|那里|这里|那儿|这儿)/;
/** What may follow a whole name: a list mark, a clause's end, a bracket. */
const AFTER_NAME = /[、，。；：！？）)\n]/;
const DOT = NAME_DOT;

/** A speech verb at i: 说 alone only before a colon, comma or quote (not 说服, 说明). */
export function speechAt(text: string, i: number): boolean {
  return SPEECH.some(
    (v) => text.startsWith(v, i) && (v.length > 1 || /[：:，,“"]/.test(text[i + 1] ?? '')),
  );
}

/**
 * One character left alone after the name, then a list mark or a speech verb (某战|书、某某,
 * 某舒斯|京表示): the name ends there. Chinese names stop at four characters.
 */
function lastCharacterLeft(text: string, f: Found, starts: ReadonlySet<number>): boolean {
  if (f.via === 'caption' || f.via === 'roll-call') return false;
  const c = text[f.end] ?? '';
  // 某凤|和、: a conjunction joins two words, never stands before a list mark; it is a name's end.
  const conjunctionAlone = NOUN_CONJUNCTION.test(c) && /[、，。；]/.test(text[f.end + 1] ?? '');
  // 某世|和说：, 某世|同分析认为: 和/与/同 join or take an object and never stand right before a
  // speech verb; there they end the name (为 stays out: 某某为表示诚意 is "so as to").
  const conjunctionBeforeSpeech = JOINS_OR_TAKES.test(c) && speechAt(text, f.end + 1);
  // 某春|和先后三次, 某春|和那里: an adverb (先后, 曾经, 一直…) or a pronoun of place cannot be
  // what a conjunction joins to a person, so 和 there is the name's last character too.
  const conjunctionBeforeAdverb = /[和与]/.test(c) && NO_CONJUNCT.test(text.slice(f.end + 1));
  if (
    !isHanAt(text, f.end) ||
    (NOT_LAST.test(c) &&
      !conjunctionAlone &&
      !conjunctionBeforeSpeech &&
      !conjunctionBeforeAdverb) ||
    starts.has(f.end)
  )
    return false;
  if (!DOT.test(f.name) && f.name.length >= 4) return false;
  // 闻讯赶|来, 高尚品|德: a Chinese "name" that grows into a dictionary word that is no name;
  // 某祖谦|序: a three-character name jieba's dictionary holds whole is no cut name.
  if (!DOT.test(f.name)) {
    const [word, ...rest] = segment(f.name + c, false);
    if (!rest.length && !/^nr/.test(word!.tag)) return false;
    if (f.name.length === 3 && word!.word === f.name) return false;
  }
  // 总统某卡申|科抵达, 某卡申|科3日访问: a title's name spelt in sounds, which jieba reads whole
  // with the character left as one name, before a verb or a date: the surname reader stopped at
  // a character the sound tables lack (申); the clause opens after the left character.
  if (soundsNameLeft(text, f)) return true;
  const next = text[f.end + 1] ?? '\n';
  // 某某|正和村民一起: 正 before 和/与/同 is the adverb of an action under way, not a name's end.
  if (c === '正' && BEFORE_PARTNER.test(next)) return false;
  // 某吾卓|玛也讲述: a function word after the character left alone.
  if (AFTER_NAME.test(next) || /[也都等和及与]/.test(next)) return true;
  return (
    conjunctionBeforeSpeech ||
    conjunctionBeforeAdverb ||
    SPEECH.some((v) => v.length > 1 && text.startsWith(v, f.end + 1))
  );
}

/**
 * lastCharacterLeft's reading of a title's transliterated name: jieba, reading from the name on,
 * ends a name or unknown words (nr, x) right after the character left (某卡申科/nr, 马卡/x 申科/x).
 */
function soundsNameLeft(text: string, f: Found): boolean {
  if (f.via !== 'post' || f.name.length !== 3) return false;
  if (!isForeignCharAt(f.name, 0) || !isForeignCharAt(f.name, 1)) return false;
  if (!endsClearly(text, f.end + 1)) return false;
  let at = f.start;
  for (const t of tag(text.slice(f.start, f.end + 3))) {
    if (!/^(nr|nrt|x)$/.test(t.tag)) return false;
    at += t.word.length;
    if (at >= f.end + 1) return at === f.end + 1;
  }
  return false;
}

/**
 * 居民某敬|和家中 … 。某敬和告诉记者: where the story prints the name with 和 (or 与) right before a
 * speech verb or an adverb elsewhere (lastCharacterLeft's reading there: a conjunction joins no
 * predicate), 和 is the name's last character at every printing, before 家 too.
 */
function conjunctionEndsNameInStory(text: string, f: Found): boolean {
  const c = text[f.end] ?? '';
  if (!/[和与]/.test(c) || f.name.length > 3 || DOT.test(f.name) || f.via === 'caption')
    return false;
  const longer = f.name + c;
  for (const k of occurrencesOf(text, longer)) {
    const after = k + longer.length;
    if (k !== f.start && (speechAt(text, after) || NO_CONJUNCT.test(text.slice(after))))
      return true;
  }
  return false;
}

/**
 * 古树名|木保护 … 古树名|木共计: a name by sight that jieba's dictionary holds as one word and that
 * the story prints twice or more, always followed by the same character and never by a word
 * (表示, 同志), is the head of a longer term.
 */
function termRunsOn(text: string, name: string): boolean {
  let next: string | undefined;
  let count = 0;
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1), count++) {
    const e = k + name.length;
    const c = text[e] ?? '';
    if (!isHanAt(text, e) || NOT_LAST.test(c) || (next !== undefined && c !== next)) return false;
    if (isCommonWord(text.slice(e, e + 2)) || COMMON_PAIRS.has(text.slice(e, e + 2))) return false;
    next = c;
  }
  return count >= 2 && plainWordCount(name) === 1;
}

/**
 * The longer name the story prints where `f` stands (某战 where 某战书 is named, 舒斯京 where
 * 米舒斯京 is): undefined when there is none.
 */
function longerNameHere(
  text: string,
  f: Found,
  named: ReadonlySet<string>,
): { name: string; start: number; end: number } | undefined {
  let best: { name: string; start: number; end: number } | undefined;
  const bare = f.name;
  // A page of thousands of distinct names: only the names printed around this one are tried.
  const candidates = named.size > 64 ? printedAround(text, f, named) : named;
  for (const y of candidates) {
    if (y.length <= bare.length || !y.includes(bare)) continue;
    const at = y.indexOf(bare);
    const start = f.start - at;
    if (start < 0 || text.slice(start, start + y.length) !== y) continue;
    // 某某已 is the name with a word glued on, not a longer name.
    if (at === 0 && NOT_LAST.test(y[bare.length]!)) continue;
    if (!best || y.length > best.name.length) best = { name: y, start, end: start + y.length };
  }
  return best;
}

/** The names of `named` that the text prints over `f` (each at most MAX_NAME characters long). */
function printedAround(text: string, f: Found, named: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let start = Math.max(0, f.end - MAX_NAME); start <= f.start; start++)
    for (let end = f.end; end <= Math.min(text.length, start + MAX_NAME); end++) {
      const y = text.slice(start, end);
      if (y.length > f.name.length && named.has(y)) out.push(y);
    }
  return out;
}
const MAX_NAME = 24;

/** Place words after a name (某某州, 某某市中心, 某某郊区, 某某以南, 在某某、某某等地). */
const PLACE_WORD =
  /^(州(?![长立])|市(?![长委民场])|省(?![长委])|郡|郊区|城区|以南|以北|以东|以西|境内|一带|地区|等地(?!方)|港口|国际机场|热电厂|长江大桥)/;
/** A list of places closed by 等地 (在某某、某某等多地): every member is a place. */
const PLACE_LIST = /^([、和][^，。；：！？\n]{0,30})?等(多个|多)?(地(?!方)|城市|州|城镇)/;
/** A village's or town's word after a name, and the area word before it (某县|某某|村). */
const VILLAGE_AFTER = /^(村|镇|乡|街道|社区)/;
const AREA_BEFORE = new RegExp(levelClass(CITY_TO_TOWNSHIP));
/** What follows 在 and a place (在某某举行, 在某某，…), never 在 and a person (在某某看来). */
const AT_PLACE = /^(举行|召开|举办|发生|开幕|闭幕|[，。、])/;
/** A body's full name before a bracketed short form (…运动（某某）, …组织（某某）). */
const BODY_BEFORE_BRACKET =
  /(运动|组织|阵线|武装|联盟|党|集团|政府|部队|委员会|协会|联合会|机构)（$/;
/** Words that make the string before them a body (某某武装; not 组织, often a verb after a name). */
const BODY_AFTER = /^(武装|分子|政权|控制区)/;

/**
 * The end of a body's full name (某某·某某大学), in the name or right after a dotted one. Not
 * thing-contexts.ts INSTITUTIONS, though the two overlap: this drops a name of any route but a
 * post, caption or roll call (dotted names the foreign-name rules read too) and so lists bodies
 * only, firms among them (公司, 集团); INSTITUTIONS reads names by sight only, also a character or
 * two before the word, and lists the places a person's name is given to (机场, 广场, 大桥) while
 * firms there are FIRM_HEAD's (noun-phrases.ts). One list for both would change what each drops: a measured round, not this.
 */
const BODY_NAME = /(大学|学院|公司|集团|医院|研究所|研究院|基金会|委员会)$/;
const BODY_END = /^(大学|学院|公司|集团|医院|研究所|研究院|基金会)/;

/**
 * Some printing of the word in the story passes the test (given where that printing starts). A
 * story keeps a word's kind: one printing as a place, a body or a plant makes it that kind at every
 * printing, also where nothing around it says so. The kind is the caller's test.
 */
export function inStoryWhere(text: string, word: string, test: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (test(at)) return true;
  return false;
}

/** Somewhere in the story the string is a place or a body, never a person. */
export const placeOrBodyInStory = (text: string, name: string): boolean =>
  inStoryWhere(text, name, (k) => {
    const after = text.slice(k + name.length, k + name.length + 4);
    if (PLACE_WORD.test(after) || BODY_AFTER.test(after)) return true;
    if (PLACE_LIST.test(text.slice(k + name.length, k + name.length + 40))) return true;
    // 在某某举行, 在某某，: a place where something happens.
    if (text[k - 1] === '在' && AT_PLACE.test(after)) return true;
    // 某某县常口村: a village or town printed after its county or town is a place wherever the
    // story prints it (常口村民委员会 reads 常口 as a name by sight).
    if (VILLAGE_AFTER.test(after) && AREA_BEFORE.test(text[k - 1] ?? '')) return true;
    return after.startsWith('）') && BODY_BEFORE_BRACKET.test(text.slice(Math.max(0, k - 4), k));
  });

/**
 * The findings with cut names made whole (by the story's longer name, or by the character left
 * alone) and places or bodies read as names dropped. Captions and roll calls are read from lines
 * of names and keep what they read.
 */
export function withStoryNames<F extends Found>(text: string, findings: F[]): F[] {
  const starts = new Set(findings.map((f) => f.start));
  const grown = findings.map((f) =>
    lastCharacterLeft(text, f, starts) || conjunctionEndsNameInStory(text, f)
      ? { ...f, name: f.name + text[f.end]!, end: f.end + 1 }
      : f,
  );
  const named = new Set(grown.map((f) => f.name));
  const printed = new Map<string, number>();
  for (const f of grown) printed.set(f.name, (printed.get(f.name) ?? 0) + 1);
  // A dotted name's last part is a name the story prints too (某某·哈恰图良 … 哈恰图良宣誓).
  for (const f of grown) if (DOT.test(f.name)) named.add(f.name.split(DOT).at(-1)!);
  const verdict = new Map<string, boolean>();
  const runsOn = new Map<string, boolean>();
  const out: F[] = [];
  const seen = new Set<string>();
  for (const f of grown) {
    const longer =
      f.via === 'caption' || f.via === 'roll-call' ? undefined : longerNameHere(text, f, named);
    const g = longer ? { ...f, ...longer } : (shorterNameHere(f, named, printed) ?? f);
    if (g.via !== 'post' && g.via !== 'caption' && g.via !== 'roll-call') {
      if (!verdict.has(g.name)) verdict.set(g.name, placeOrBodyInStory(text, g.name));
      if (verdict.get(g.name)) continue;
      // A university or a company by its full name (某某·某某大学), read with or without its end.
      if (
        BODY_NAME.test(g.name) ||
        (DOT.test(g.name) && BODY_END.test(text.slice(g.end, g.end + 3)))
      )
        continue;
      if (g.via === 'sight') {
        if (!runsOn.has(g.name)) runsOn.set(g.name, termRunsOn(text, g.name));
        if (runsOn.get(g.name)) continue;
      }
    }
    const key = `${g.start}\n${g.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  return out;
}

/**
 * 书记李成…李成听介绍: a three-character name read once without a title, whose first two
 * characters the story names elsewhere, is that name with the next word's first character glued
 * on (听, 看, 走…).
 */
function shorterNameHere<F extends Found>(
  f: F,
  named: ReadonlySet<string>,
  printed: ReadonlyMap<string, number>,
): F | undefined {
  if (f.via === 'post' || f.via === 'caption' || f.via === 'roll-call') return undefined;
  if (f.name.length !== 3 || DOT.test(f.name) || printed.get(f.name) !== 1) return undefined;
  const short = f.name.slice(0, 2);
  return named.has(short) ? { ...f, name: short, end: f.start + 2 } : undefined;
}
