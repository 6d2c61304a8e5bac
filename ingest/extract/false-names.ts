/**
 * Checks on the names findPeople has gathered, by their printed surroundings: a name cut out of a
 * longer foreign name (朔|列茨称, 卡列|日诺今天), a name with a function word glued to its end (某某作的
 * 报告, 某某在主席台), a foreign place or a body taken for a speaker (白宫称, 某军称), a place read
 * by sight (某某地区, 在某某以南), and the checks of ./titled-words.ts (words after a title, a rare
 * surname by sight: 商超, 古柏). Written by hand: general rules of news style, no names listed.
 */
import { printedWithout, townElsewhere } from './home-and-town-names.ts';
import { afterSolarTerm } from './role-name-frames.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { classicalClauseAt } from './classical-clauses.ts';
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
import { type Found, speechAt, withStoryNames } from './story-names.ts';
import { placeBySight } from './place-by-sight.ts';
import { listedWithName, oneWord, termBySight, wordBySight } from './sight-terms.ts';
import { withSoundsRunOn } from './name-edges.ts';
import { sentMessage } from './owned-after-title.ts';
import { sideAfterPreposition, wholeCountry } from './country-given-names.ts';
import { inThingContext } from './thing-contexts.ts';
import { phraseNotName, withoutVerbEnd } from './phrase-names.ts';
import { beforeResidence } from './leader-titles.ts';
import { phraseRunItem } from './parallel-phrases.ts';
import { wordNotName } from './word-names.ts';
import { pieceNotName } from './phrase-pieces.ts';
import { aloneBefore, wordCutAtEnd } from './word-cut-end.ts';
import { appointedAsEnd, plantBySight, runOn, setPhrasePiece } from './name-runs.ts';
import {
  countryPair,
  countrySide,
  pairWithChina,
  quotedSlogan,
  withoutWifeTitle,
} from './news-forms.ts';
import { wordAfterTitle } from './news-forms.ts';
import { saidInPlace } from './localizer-names.ts';
import { runsIntoNextName, soundsToDate } from './name-runs.ts';
import { onceAdverbAt } from './name-end-boundary.ts';
import { setPhraseName } from './set-phrase-names.ts';
import { ownsFirmUnit } from './owned-units.ts';
import { beforeScore, beforeTogether, slavicEnding, slavicTail } from './name-tails.ts';
import { clauseWord, withoutClauseEnd } from './clause-words.ts';
import { foreignChars, rareShortName, titledWords } from './titled-words.ts';
import { sightPiece } from './sight-pieces.ts';
import { inListOfThings, sectorWord, substanceWord } from './things-lists.ts';
import { tibetanAfterName } from './tibetan-names.ts';
import { cutFourCharacterName } from './four-character-cuts.ts';
import { OPENS_NAME } from '../text/function-words.ts';

const DOT = NAME_DOT;
const SPEECH = gazetteer().lexicon.speechVerbs;
/** A country's short form before 军/方/媒 (某军称, 某方表示, 某媒称): a side or its press, no person;
 * 俄海军称: its navy (only short forms no surname shares: 韩海军 may be a name). */
const SIDE =
  /^[美俄乌韩日英法德意以巴印朝越泰伊叙黎土欧][军方媒]|^[美俄乌韩日英法德意以巴印朝越泰伊叙黎土欧](检方|武装|军方)|^[俄乌美以日][海空陆]军/;
/** One-character verbs and particles opening the predicate right after a name (某某乘包机, 某某作报告,
 * 某某在主席台, 会见某某时, 某某请…转达, 某某以…当选, 某某举行, 某某还称, 某某更认为, 某某再向, 某某则表示: 则 opens the contrast). */
const GLUED = /[乘作在时请以举还便开同更再则]$/;

const isForeignChar = isForeignCharAt;
/** Spelt mostly in transliteration characters (阿布|祖, 马尔|琴): a foreign name, maybe cut. */
const foreignish = (name: string) =>
  DOT.test(name) || (isForeignChar(name, 0) && foreignChars(name) >= 2);

/**
 * 解除乌|总统办公室副主任, 会见俄|总统: a country's one-character short form ends the "name" and a
 * head of state's or government's title follows, the rest being a word (解除; not 邵安|德首相): the
 * title is that country's.
 */
const LEADER_AFTER = /^(总统|总理|首相|外长|防长|副总理)/;
const sideBeforeTitle = (text: string, f: Found) =>
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
function cutAtStart(text: string, f: Found): boolean {
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
function cutAtEnd(text: string, f: Found): boolean {
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
function withoutGluedEnd(text: string, f: Found, named: ReadonlySet<string>): string | undefined {
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
function countedGroup(text: string, name: string): boolean {
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
function coordinatedAdjective(text: string, f: Found): boolean {
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
const otherSide = (text: string, name: string) =>
  name.length <= 3 && name[1] === '方' && text.includes(`中${name[0]}`);

/** 《新某某》: a name whose title brackets close within two characters each side is the work's. */
function inShortTitle(text: string, f: Found): boolean {
  return (
    /《[^《》]?$/.test(text.slice(Math.max(0, f.start - 2), f.start)) &&
    /^[^《》]?》/.test(text.slice(f.end, f.end + 2))
  );
}

/**
 * 某主席指出, 老同志代表, 市民王大爷说: a title, an address or a kinship term is no given name;
 * 走访了丁老伯、庄老伯 (local44): a surname and 老伯 address an elder the story does not name.
 */
/** 某某代表区政协表示欢迎 (lthings62-l): a bare level's body (区 is a surname too) is no person. */
const BODY_AS_NAME = /^[省市区县州旗镇乡](?:委|政协|政府|人大)$/;
const TITLE_IN_NAME =
  /(主席|总理|书记|同志|总统|部长|先生|女士|小姐|老师|师傅|大爷|大妈|大娘|大叔|大姐|阿姨|奶奶|爷爷|婆婆|老伯|大伯|伯伯|叔叔|大哥|大嫂|阿婆|老汉|老太)$/;

/** 某国国家杜马主席某某: a "name" then a title then a name is the body the title belongs to. */
function titleOfNext(text: string, f: Found, starts: ReadonlySet<number>): boolean {
  // 甲及前锋乙, 甲、主任乙, 甲，秘书长乙: the title is the next person's own (pairs38: comma).
  // 甲、乙等6位常委作…: 等 closes a list, and the title after it is the list's (a false name
  // read after it, 作大会, made the last item a title's part; pairs46).
  if (/[、和及／/与，；等]/.test(text[f.end] ?? '')) return false;
  for (let e = f.end + 2; e <= f.end + 5; e++)
    if (starts.has(e) && roleEndingAt(text, e)) return true;
  return false;
}

/** Prepositions and conjunctions that may be read as a surname before a name (向, 同, 和…). */
const PREPOSITION_FIRST = /^[向对给为与和同跟让把被将在从]/;

/** Where a list or a run of names goes on (、, 和, ／): two-character names there need no more. */
const LISTED = /[、和及／/]/;

/**
 * The findings with the checks above applied: cut and place names dropped, glued function words
 * cut off. `via` 'sight' covers every name found without a title, verb or caption beside it.
 */
const GROUP_TITLE = /(?:广大|全体|各级|众多)[^，。；：、\s]{0,8}$/u;

export function withoutFalseNames<F extends Found>(text: string, found: F[]): F[] {
  // Cut names made whole and places read as names dropped, by the rest of the story.
  const findings = withStoryNames(text, found).flatMap((f) => withSoundsRunOn(text, f) ?? []);
  const named = new Set(findings.map((f) => f.name));
  // A run of names printed without separators (甲乙丙): a name may start where one ends.
  const ends = new Set(findings.filter((f) => !foreignish(f.name)).map((f) => f.end));
  // A side is no name (某某等代表非方发言: 代表 is no title of a next person there).
  const sides = (g: Found) => SIDE.test(g.name) || otherSide(text, g.name);
  const starts = new Set(findings.filter((g) => !sides(g)).map((g) => g.start));
  const byEnd = new Map<number, F[]>();
  for (const g of findings) {
    const list = byEnd.get(g.end);
    if (list) list.push(g);
    else byEnd.set(g.end, [g]);
  }
  const out: F[] = [];
  for (const found of findings) {
    // 主席夫人娜丽: 夫人 is the wife's title, not her name's first sounds (news-forms.ts).
    const f = withoutWifeTitle(found);
    if (!f) continue;
    if (f.via === 'caption' || f.via === 'roll-call') {
      out.push(f);
      continue;
    }
    const toDate = soundsToDate(text, f) ?? slavicEnding(text, f) ?? slavicTail(text, f);
    if (toDate) {
      out.push({ ...f, name: toDate, end: f.start + toDate.length });
      continue;
    }
    if (cutAtEnd(text, f) || sentMessage(text, f)) continue;
    // 安其居，乐其业; 居其位、谋其政: a classical clause and its twin (./classical-clauses.ts).
    if (f.name.length === 3 && f.name[1] === '其' && classicalClauseAt(text, f.start)) continue;
    // 国王甲-乙, 大使甲乙都、: a foreign name goes on after a hyphen or an adverb (people34).
    const run = runOn(text, f);
    if (run === null) continue;
    if (run) {
      out.push({ ...f, name: run, end: f.start + run.length });
      continue;
    }
    // 向某某同志的遗体鞠躬: a preposition before a name the story reads on its own.
    if (f.name.length === 3 && PREPOSITION_FIRST.test(f.name) && named.has(f.name.slice(1)))
      continue;
    if (f.via !== 'sight' && titledWords(text, f)) continue;
    // 广大党员干部闻汛而动: a title of the many (广大, 全体, 各级) names a group, no one after it.
    if (f.via === 'post' && GROUP_TITLE.test(text.slice(Math.max(0, f.start - 10), f.start)))
      continue;
    if (f.via === 'sight' && afterSolarTerm(text, f.start)) continue; // 三候，苦菜秀、…麦秋至
    if (SIDE.test(f.name) || TITLE_IN_NAME.test(f.name) || BODY_AS_NAME.test(f.name)) continue;
    if (wordCutAtEnd(text, f)) continue;
    // 某某代表乌干达政府: a country of the tables is never a person, whatever title precedes it.
    if (isForeignPlace(f.name) || sideBeforeTitle(text, f)) continue;
    if (beforeResidence(text, f.end)) continue; // 在某某总理官邸: the capital (leader-titles.ts)
    if (otherSide(text, f.name) || inShortTitle(text, f)) continue;
    if (sideAfterPreposition(text, f) || wholeCountry(f)) continue;
    if (inThingContext(text, f) || (f.via === 'speech' && saidInPlace(f))) continue;
    if (countedGroup(text, f.name)) continue;
    // 阿方表示, 斯匈总理会面, 总统任期, “万企兴万村”: forms of news writing (news-forms.ts).
    if (countrySide(text, f) || countryPair(text, f) || wordAfterTitle(text, f)) continue;
    if (pairWithChina(text, f)) continue; // 韩中建交以来: Korea and China
    if (quotedSlogan(text, f) || setPhraseName(text, f) || clauseWord(text, f)) continue;
    if (phraseNotName(text, f) || wordNotName(text, f) || pieceNotName(f)) continue;
    if (f.via !== 'post' && termBySight(text, f, listedWithName(text, f, starts, ends))) continue;
    if (f.via === 'sight' && titleOfNext(text, f, starts)) continue;
    if (f.via === 'sight') {
      // In a list of names a neighbour is a name too (甲、乙); 餐饮、康养 is a list of things.
      const listed =
        (LISTED.test(text[f.start - 1] ?? '') && starts.has(f.end + 1)) ||
        // 甲及前锋乙: the next item may carry its title before the name.
        (LISTED.test(text[f.end] ?? '') && [1, 2, 3, 4, 5].some((k) => starts.has(f.end + k))) ||
        (LISTED.test(text[f.start - 1] ?? '') && ends.has(f.start - 1)) ||
        tibetanAfterName(text, f, findings); // 甲、多吉某某、丹增某某 (tibetan-names.ts)
      // 甲、白玛某某、乙: set phrases stand beside no names (pairs38: a Tibetan name in a list).
      if ((!listed && setPhrasePiece(text, f)) || plantBySight(f, text)) continue;
      if ((foreignish(f.name) || !ends.has(f.start)) && cutAtStart(text, f)) continue;
      if (placeBySight(text, f) || wordBySight(text, f, starts, ends)) continue;
      if (townElsewhere(text, f.name)) continue; // 为张某农民…, the story's 张某镇 (blocal-l)
      if (inListOfThings(text, f.name, f.end) || substanceWord(text, f)) continue; // 金刚石、蓝宝石等材料
      if (sectorWord(text, f)) continue; // 发展旅游业、康养业 (things-lists.ts)
      if (phraseRunItem(text, f, starts) || coordinatedAdjective(text, f)) continue;
      if (ownsFirmUnit(text, f)) continue; // 某鹏的研发中心: a firm's short name
      if (!listed && rareShortName(text, f)) continue;
      if (sightPiece(text, f)) continue; // 马克思|主义, 依|什杰, 、闻香识|药、 (sight-pieces.ts)
    }
    // Role tagging and lists read runs of names too: the same split as in findPeople's walk.
    // Only a finding ending at most 3 characters before this one can run into it.
    const before =
      f.via === 'sight' && f.name.length === 3
        ? [0, 1, 2, 3]
            .flatMap((k) => byEnd.get(f.start - k) ?? [])
            .find((g) => g !== f && runsIntoNextName(text, f, g))
        : undefined;
    const short = before
      ? f.name.slice(0, 2)
      : (withoutGluedEnd(text, f, named) ??
        withoutClauseEnd(text, f) ??
        beforeScore(text, f) ??
        beforeTogether(text, f) ??
        withoutVerbEnd(text, f, named) ??
        appointedAsEnd(text, f));
    if (!short && f.via === 'sight' && cutFourCharacterName(text, f)) {
      // “光储直柔”: the whole may be a quoted term.
      const whole = { ...f, name: text.slice(f.start - 1, f.end), start: f.start - 1 };
      if (!termBySight(text, whole)) out.push(whole);
      continue;
    }
    out.push(short ? { ...f, name: short, end: f.start + short.length } : f);
  }
  return out;
}
