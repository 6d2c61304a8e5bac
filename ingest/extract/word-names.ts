/**
 * Words of running text that the name rules read as people (issue 11, round fp10, on the unseen
 * days of cctv26h): a dictionary word after an occupation (许多游客慕名前来, 青年学生庄严肃立:
 * an occupation is a group there, not a title), the verb 代表 after a list's 等 (某产业等代表
 * 新技术), the founder's name of a prize (某某科学奖), a case name (某某案), two countries' short
 * forms before what they share (伊美谈判), a list of things (林油、林药、林蜂等产业), and a foreign
 * company's name after its kind (投资公司某某迈), a doubled adjective (金灿灿的), and (round
 * pairs11, cctv23n) a list of practices sharing a prefix (单收、单储、单加工); (round fp12,
 * cctv25b, cctv26a) a counter of times (单次), parallel phrases (以商养官、以官护商), a list of
 * hospital departments (骨科、麻醉等多个科室), an item of a list beside a foreign city. Written by hand:
 * general rules of Chinese news style and jieba's own dictionary, no names listed.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, segment, tag } from '../text/segmenter.ts';
import { DOUBLED_ADJECTIVE, FREQUENT_WORD } from './frequency-thresholds.ts';
import { surnameLengthOf } from './names.ts';
import { roleEndingAt } from './posts.ts';
import { isForeignCharAt, NAME_DOT } from './name-stats.ts';
import { SOUNDS } from './foreign-names.ts';
import type { Found } from './story-names.ts';
import { isForeignPlace } from './countries.ts';
import { isSureSurname } from './names-by-role.ts';
import { FIRM_ENDINGS, FIRM_TRADES, longest, opening } from './firm-words.ts';

const g = gazetteer();
/** Speech verbs and the words that follow a person's name (带领, 介绍): the name is the subject. */
const FOLLOWERS = g.nameFollowerIndex;

/**
 * After an occupation (游客, 学生: they introduce a person but make no post), the "name" is a
 * word of the predicate: a frequent two-character dictionary word not closed by punctuation, a
 * speech verb or a word that follows names (游客慕名前来; 村民高峰介绍 stays), or four
 * characters that segment into words of two or more (学生庄严肃立), which no name of one surname
 * and a given name is.
 */
/** 主教练某某周二说, 球员某某昨天表示: a day named after the name closes it as punctuation does. */
const DAY_AFTER_NAME =
  /^(周[一二三四五六日]|[上本]周[一二三四五六日末]?|[昨今明]天|[昨今]日|日前|近日)/;

/** Every character a sound of the transliteration tables (琼斯, 布朗): a foreign name's shape. */
const allSounds = (name: string) =>
  [...name].every((c, k) => SOUNDS.has(c) || isForeignCharAt(name, k));

function wordAfterOccupation(text: string, f: Found & { via: string }): boolean {
  if (f.via !== 'post' || NAME_DOT.test(f.name)) return false;
  const role = roleEndingAt(text, f.start);
  if (!role || !g.occupations.has(role)) return false;
  if (f.name.length === 2)
    return (
      dictionaryFrequency(f.name) >= FREQUENT_WORD &&
      /\p{Script=Han}/u.test(text[f.end] ?? '') &&
      // 官兵满怀对…: under a character seldom a surname (满) the word keeps even a follower (对);
      // not a foreign name's sounds (前锋琼斯将…, 主教练布朗的).
      (FOLLOWERS.longestAt(text, f.end) === undefined ||
        (!isSureSurname(f.name[0]!) && !allSounds(f.name))) &&
      !DAY_AFTER_NAME.test(text.slice(f.end, f.end + 3))
    );
  if (f.name.length !== 4 || surnameLengthOf(f.name) !== 1) return false;
  const words = segment(f.name, false);
  return words.length >= 2 && words.every((w) => w.word.length >= 2 && !/^nr/.test(w.tag));
}

/** 某产业等代表新技术: after 等 (and others) closing a list, 代表 is the verb "stand for". */
const listThenRepresents = (text: string, f: Found & { via: string }) =>
  f.via === 'post' && text.slice(Math.max(0, f.start - 3), f.start) === '等代表';

/**
 * 某某科学奖、某某青年科学奖: a prize named after its founder; the name is the prize's (the
 * golds count a person only where the news is about them). 奖励, 奖项, 奖金 are other words.
 */
const PRIZE_AFTER =
  /^(青年|科学|科技|技术|文学|艺术|教育|体育|国际|自然|创新|杰出|成就|贡献|工程)*(奖(?![励惩项金状])|奖学金|杯)/;

/** 某某案: a case is named by its subject and 案 (a given name seldom ends in 案). */
const CASE_END = /案$/;

/** 伊美谈判, 中美关系: two countries' short forms before what the two sides share. */
const SHARED = /^(谈判|会谈|关系|协议|冲突|战争|合作|贸易|对话|双方|两国|峰会|停火|争端)/;
function twoSides(text: string, f: Found): boolean {
  if (f.name.length !== 2 || !SHARED.test(text.slice(f.end, f.end + 2))) return false;
  return [...f.name].every((c) => g.countryShort.has(c) || c === '中');
}

/** What a list of things ends in (某某、某某等产业): kinds of trade, produce and work, never people. */
const THINGS =
  /^等?(多个|多种|各类|诸多)?(科室|学科|专业|产业|行业|业态|产品|项目|品种|作物|花卉|植物|领域|企业|品牌|特产|农产品|种植|养殖|经济|工程|技术|设备|服务|区域|地区|地带|景观|资源)(?![家人者主员师户大])/;

/**
 * 林油、林药、林蜂等产业: the 、 list the finding stands in ends in a kind of things. The list is
 * walked from the finding to its end: each item a run of Han characters up to the next 、 or 等.
 */
function thingList(text: string, f: Found): boolean {
  let k = f.end;
  while (text[k] === '、') {
    let n = k + 1;
    while (n - k <= 6 && /\p{Script=Han}/u.test(text[n] ?? '') && !/[、等]/.test(text[n]!)) n++;
    if (n - k > 6) return false;
    k = n;
  }
  // The finding may close an item that opens before it (戈壁、天然胡杨林等区域).
  const opensAfterComma = /、\p{Script=Han}{0,4}$/u.test(
    text.slice(Math.max(0, f.start - 5), f.start),
  );
  return (k > f.end || opensAfterComma) && THINGS.test(text.slice(k, k + 6));
}

/**
 * 投资公司路博迈: a body's kind word right before a run of sounds makes the run its name (the
 * first character may be a surname's: 路). A person there carries a title or a role word first.
 */
const BODY_BEFORE = /(公司|集团|基金|银行|机构|企业|品牌|平台|财团|车企|药企)$/;
const companyName = (text: string, f: Found) =>
  BODY_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start)) &&
  [...f.name].slice(1).every((_, k) => isForeignCharAt(f.name, k + 1));

/**
 * 施某德电气全新生产线, 某某集团: a name by sight right before a firm's kind word is the firm's
 * name, taken from its founder (a person there has a title, a speech verb or 的 between); so is
 * one before an artefact's (某侯某编钟, 某某墓, 某某铜像): the annotators count the bronze, not its owner.
 */
const FIRM_OR_ARTEFACT = [
  ...FIRM_ENDINGS,
  ...FIRM_TRADES,
  '基金会',
  ...['编钟', '青铜器', '铜鼎', '墓', '陵墓', '铜像', '雕像', '塑像'],
];
const FIRM_AFTER = opening(FIRM_OR_ARTEFACT);
const FIRM_AFTER_LENGTH = longest(FIRM_OR_ARTEFACT);

/**
 * 金灿灿的刺梨, 黄澄澄的: a colour or a state doubled (ABB) before 的 or 地 is an adjective jieba's
 * dictionary counts (a doubled given name, 某珊珊, is seldom there, or rarely: 李冰冰 weighs 3).
 */
const doubledAdjective = (text: string, f: Found) =>
  f.name.length === 3 &&
  f.name[1] === f.name[2] &&
  /[的地]/.test(text[f.end] ?? '') &&
  dictionaryFrequency(f.name) >= DOUBLED_ADJECTIVE;

/**
 * 单种、单管、单收、单储、单加工: a 、 list of three items or more that all open with the finding's
 * first character, one of them a verb after it (收, 加工), is a list of practices sharing a prefix,
 * not of people sharing a surname (李强、李明、李华: no given name is a verb there).
 */
function sharedPrefixList(text: string, f: Found): boolean {
  const item = /\p{Script=Han}{2,4}/uy;
  const items: string[] = [];
  const head = f.name[0]!;
  // Back to the list's first item (the shortest run before a 、 that opens with the same
  // character: 通过|单种), then forward item by item over 、.
  let k = f.start;
  while (text[k - 1] === '、') {
    let n = 2;
    while (n <= 4 && text[k - 1 - n] !== head) n++;
    if (n > 4 || !/^\p{Script=Han}+$/u.test(text.slice(k - 1 - n, k - 1))) break;
    k -= n + 1;
  }
  for (;;) {
    item.lastIndex = k;
    const m = item.exec(text);
    if (!m) break;
    const word = m[0];
    items.push(word);
    k += word.length;
    if (text[k] !== '、') break;
    k++;
  }
  return (
    items.length >= 3 &&
    items.every((w) => w[0] === head) &&
    items.some((w) => /^v/.test(tag(w.slice(1))[0]?.tag ?? ''))
  );
}

/**
 * 单次出舱, 每回: a given name of one counter of times (次, 回, 趟, 遍) after a one-character
 * "surname" is a quantity word (单次 single, 首次 first); no given name is a bare 次 in the news.
 */
const timesWord = (f: Found) => f.name.length === 2 && /^[\p{Script=Han}][次回趟遍]$/u.test(f.name);

/**
 * 以商养官、以官护商: a run of parallel phrases of one length, each opening with the same
 * character (以); the finding is the tail of one phrase. A list of people sharing a surname
 * (王刚、王强) repeats the finding's first character, not the one before it; a title's last
 * character is no phrase's first (国王某某、王储某某).
 */
function parallelPhrase(text: string, f: Found): boolean {
  const head = f.start - 1;
  const next = f.end + 1;
  const length = f.end - head;
  return (
    head >= 0 &&
    /\p{Script=Han}/u.test(text[head]!) &&
    text[f.end] === '、' &&
    text[next] === text[head] &&
    /^\p{Script=Han}+$/u.test(text.slice(next, next + length)) &&
    /[、，。；等]/.test(text[next + length] ?? '') &&
    roleEndingAt(text, f.start) === undefined
  );
}

/**
 * 汗尤尼斯、杰某某的袭击: an item of a 、 list beside a foreign city or country of the tables is a
 * place too (a list of people names no city among them). The item before may carry words before
 * the city (其中某城、); the item after is the city alone (、某城的, 、某城等地), not a country
 * opening a title (、法国总统某某).
 */
function besidePlace(text: string, f: Found): boolean {
  if (text[f.start - 1] === '、') {
    const run = /\p{Script=Han}{2,8}$/u.exec(text.slice(Math.max(0, f.start - 9), f.start - 1));
    for (let n = Math.min(6, run?.[0].length ?? 0); n >= 2; n--)
      if (isForeignPlace(run![0].slice(-n))) return true;
  }
  if (text[f.end] !== '、') return false;
  // The item after: up to its 、, a pause, 等 or 和/及 closing the list, or 的 after the list.
  const item = /^[^、的等和及，。；：\s]{2,6}(?=[、的等和及，。；：\s])/u.exec(
    text.slice(f.end + 1),
  );
  return !!item && isForeignPlace(item[0]);
}

/** A finding that is a word of the text, not a person (checked in false-names.ts). */
/**
 * 我曾同总理会晤, 他曾同总统通话: a two-character "name" after a pronoun that jieba reads as an
 * adverb then a preposition (曾|同, d then p), a title after it, is no surname and given name.
 */
function adverbThenPreposition(text: string, f: Found): boolean {
  // After a pronoun only (我曾同…): 会见了曾同主席 may name one.
  if (f.name.length !== 2 || !/[我你他她们]/.test(text[f.start - 1] ?? '')) return false;
  if (!roleEndingAt(text, f.end + 2)) return false;
  // The character before goes with the slice: alone, jieba reads the pair as one unknown word.
  const [, first, second] = tag(text.slice(f.start - 1, f.end + 2));
  return (
    first?.word === f.name[0] &&
    first?.tag === 'd' &&
    second?.word === f.name[1] &&
    second?.tag === 'p'
  );
}

/**
 * 代表宣读总统贺信。: after 宣读 and a title, what ends the clause is the document read
 * out (jieba tags 贺信 nr); 宣读总统某某的贺信 keeps the name, 的 follows it.
 */
function documentReadOut(text: string, f: Found): boolean {
  if (!/^[，。；！]/.test(text[f.end] ?? '') || !roleEndingAt(text, f.start)) return false;
  return /宣读了?\p{Script=Han}{0,8}$/u.test(text.slice(Math.max(0, f.start - 12), f.start));
}

/**
 * 老人辛勤地说, 村民安静地坐着: a frequent dictionary word (辛勤/nr, 安静/nr: jieba tags some
 * adjectives as names) and 地, the mark of an adverbial, before a verb: how the action is done,
 * no name (people58). A name ending in 地 opens with no frequent word (某大地: 某大 is none).
 */
function mannerBeforeVerb(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !f.name.endsWith('地') || NAME_DOT.test(f.name)) return false;
  if (dictionaryFrequency(f.name.slice(0, 2)) < FREQUENT_WORD) return false;
  return /^v/.test(tag(text.slice(f.end, f.end + 4))[0]?.tag ?? '');
}

export function wordNotName(text: string, f: Found & { via: string }): boolean {
  if (wordAfterOccupation(text, f) || listThenRepresents(text, f)) return true;
  if (mannerBeforeVerb(text, f)) return true;
  if (timesWord(f) || parallelPhrase(text, f) || adverbThenPreposition(text, f)) return true;
  if (documentReadOut(text, f)) return true;
  if (f.via !== 'sight') return false;
  if (PRIZE_AFTER.test(text.slice(f.end, f.end + 10))) return true;
  if (CASE_END.test(f.name) && !NAME_DOT.test(f.name)) return true;
  if (thingList(text, f) || companyName(text, f) || doubledAdjective(text, f)) return true;
  if (FIRM_AFTER.test(text.slice(f.end, f.end + FIRM_AFTER_LENGTH))) return true;
  if (sharedPrefixList(text, f) || besidePlace(text, f)) return true;
  return twoSides(text, f);
}
