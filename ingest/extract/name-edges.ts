/**
 * Where a name printed after a title ends: the rules of people.ts's afterTitle that keep a name
 * from running into the next word (严平|认为, 谢非|今天) or from being made of words after an
 * occupation (市民都清醒地…).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import {
  characterFrequency,
  dictionaryFrequency,
  isCommonWord,
  tag,
  wordStartingAt,
} from '../text/segmenter.ts';
import { GIVEN_WORD_MAX_COUNT, SURNAME_WORD_MAX_COUNT } from './frequency-thresholds.ts';
import { isSureSurname } from './names-by-role.ts';
import { endsClearly, SOUNDS } from './foreign-names.ts';
import {
  COMMON_PAIRS,
  isForeignCharAt,
  isCommonPairAt,
  readsAsFrequentWords,
  score,
  SECOND,
  THIRD,
} from './name-stats.ts';
import { isPlausibleName, NOT_IN_GIVEN_NAME, surnameLengthOf } from './names.ts';
import { OPENS_NAME } from '../text/function-words.ts';
import { numeralEndsName } from './numeral-given-names.ts';
import { roleEndingAt } from './posts.ts';
import type { KnownPlaces } from './facts.ts';

const lex = gazetteer().lexicon;
const speech = gazetteer().speechVerbIndex;
const followers = gazetteer().nameFollowerIndex;
const SPEECH = [...lex.speechVerbs];

/**
 * After a title, a name must not read as words (市民都清醒地…, 工作者普遍认为, 主任严平认为):
 * its last character making a frequent word with the next one, its given name a frequent word,
 * or given-name characters rare in names, unless punctuation or a listed word closes it.
 */
export function readsAsWords(text: string, i: number, name: string, follow: number): boolean {
  const end = i + name.length;
  // 某庆华表示, 某光明说 stay whole: 华表 and 明说 are words, but 表示 and 说 follow names.
  const listed =
    speech.longestAt(text, end) !== undefined || (followers.longestAt(text, end)?.length ?? 0) > 1;
  // 韩正|在: a one-character given name has no shorter reading (正在 is read only past it).
  const surname = surnameLengthOf(name);
  if (!listed && name.length - surname > 1 && crossesIntoWord(text, end, i)) return true;
  // Punctuation, a listed word, or a number or Latin letter (总理李强19日) closes the name.
  if (follow >= 2 || !/\p{Script=Han}/u.test(text[end] ?? '')) return false;
  // 鄢秋|实委员: a one-character given name with nothing closing it is a longer name cut short.
  // Unless the longer reading ran into a word (陈震|六次, 谢非|今天, 杨斌|拿起) or cannot be one.
  // The shorter reading needs a surname HanLP's counts vouch for and no frequent word across its
  // end (都|靠自我, 鲁政|委).
  if (
    name.length - surname === 1 &&
    follow === 0 &&
    !crossesIntoWord(text, end + 1, i) &&
    (longerNameHolds(text, i, end) ||
      !(surname > 1 || isSureSurname(name[0]!)) ||
      isCommonPairAt(text, end - 1))
  )
    return true;
  // 杨斌拿|起, 何佳本|报, 崔恺出: the last given character is the next word's or seldom ends a name,
  // where the shorter name could stand (舒默率|领 stays: 舒默 alone reads as a word, and the
  // glued end is cut later, keeping the title).
  if (
    name.length - surname === 2 &&
    isPlausibleName(name.slice(0, -1), surname) &&
    !segmenterReadsWhole(text, i, end) &&
    (lastJoinsNextWord(text, i, end) ||
      score(THIRD, text, end - 1) < MIN_LAST_GIVEN ||
      segmenterEndsBeforePredicate(text, i, end - 1))
  )
    return true;
  // 张忠义, 朱有为 keep a given name that is a word; 都清醒, 国经济 do not: 都 and 国 are seldom surnames.
  if (readsAsFrequentWords(name, surname) && !(surname === 1 && isSureSurname(name[0]!)))
    return true;
  // A one-character given name also ends the name: it scores as a last character too (冯强: 强).
  // 黄珊珊: a doubled given character (common in women's names) counts once.
  const doubled = name.length - surname === 2 && name[surname] === name[surname + 1];
  const given =
    name.length - surname === 2
      ? score(SECOND, text, i + surname) +
        (doubled
          ? Math.max(0, score(THIRD, text, i + surname + 1))
          : score(THIRD, text, i + surname + 1))
      : Math.max(score(SECOND, text, i + surname), score(THIRD, text, i + surname));
  return given < MIN_GIVEN_AFTER_TITLE;
}
const MIN_GIVEN_AFTER_TITLE = -0.5;
/** A character scoring below this as a name's last (出 -1.8, 在 -1.6) ends none. */
const MIN_LAST_GIVEN = -1.5;

/**
 * Whether the name one character longer could stand (鄢秋|实 could): the next character may end
 * a given name and does not open a word with the one after it (杨斌|拿起, 傅硕|给, 蔡澜|倾力).
 */
function longerNameHolds(text: string, i: number, end: number): boolean {
  const next = text[end];
  if (!next || !/\p{Script=Han}/u.test(next)) return false;
  // 傅全有上将: jieba holds the longer name whole, whatever its last character.
  if (segmenterReadsWhole(text, i, end + 1)) return true;
  // 傅硕|给我们: a character no given name holds, read as a word of its own (not 林郑|月娥: jieba
  // reads 郑月 across it).
  if (NOT_IN_GIVEN_NAME.has(next) && wordStartingAt(text, end, end - i, 3) !== undefined)
    return false;
  return (
    score(THIRD, text, end) >= MIN_LAST_GIVEN &&
    !lastJoinsNextWord(text, i, end + 1) &&
    !segmenterEndsBeforePredicate(text, i, end)
  );
}

/**
 * jieba reads text[i…end] as one name or new word and then a verb, preposition or adverb of one
 * character (王诚|做|主题, 杨斌|拿|起): the name ends there, the character is the predicate's.
 */
function segmenterEndsBeforePredicate(text: string, i: number, end: number): boolean {
  const [first, second] = tag(text.slice(i, end + 3));
  return (
    first?.word.length === end - i &&
    /^(nr|x)$/.test(first.tag) &&
    second?.word.length === 1 &&
    /^[vpdc]/.test(second.tag) &&
    // 黄信|敬 (jieba's guess): a character this likely to end a name stays the name's.
    score(THIRD, text, end) < MAX_PREDICATE_GIVEN
  );
}
const MAX_PREDICATE_GIVEN = 0.5;

/** 傅全有|上将: jieba reads the whole name as one name, whatever its characters' counts. */
function segmenterReadsWhole(text: string, i: number, end: number): boolean {
  const first = tag(text.slice(i, end + 2))[0];
  return first?.word.length === end - i && first.tag === 'nr';
}

/**
 * jieba, reading from the name on, glues its last character to the next one in a word that is
 * no name (杨斌|拿起一把: 拿起; 何佳|本报: 本报), so the name ends a character earlier.
 */
function lastJoinsNextWord(text: string, i: number, end: number): boolean {
  if (end >= text.length) return false;
  let at = i;
  for (const t of tag(text.slice(i, end + 3))) {
    const next = at + t.word.length;
    if (at === end - 1 && next > end) return !/^(nr|x)/.test(t.tag);
    if (next >= end) return false;
    at = next;
  }
  return false;
}

/**
 * The name's last character and the next one make a speech verb, a time word or a count (严平认为,
 * 谢非今天, 陈震六次): the name ends one character earlier. Other words across the edge are
 * ambiguous (鄢秋实则关注: 实则 is a word, 鄢秋实 the name).
 */
function crossesIntoWord(text: string, end: number, start: number): boolean {
  // 某国强 at the end of the text: no word runs across an edge with nothing after it.
  if (end >= text.length) return false;
  const pair = text.slice(end - 1, end + 1);
  // 王国强|调研: the next two characters are a word of their own, so 强调 is not read.
  if (SPEECH.some((v) => v.startsWith(pair))) return !COMMON_PAIRS.has(text.slice(end, end + 2));
  // 陈震六|次 (not 朱中一：: punctuation closes the name).
  // 马英九|在: not where jieba reads the numeral as the name's own (numeral-given-names.ts).
  if (/[一二三四五六七八九十两]/.test(pair[0]!) && /\p{Script=Han}/u.test(pair[1]!))
    return !numeralEndsName(text, start, end);
  return COMMON_PAIRS.has(pair) && tag(pair)[0]?.tag === 't';
}

// japaneseNameShape lives in foreign-names.ts (leader-titles.ts needs it without a cycle).
export { japaneseNameShape } from './japanese-names.ts';

/** The tags of a word read as a name before a follower of names (文献/n, 庄严/a): not a place's
 * (ns), a verb's or an adverb's. */
const FOLLOWED_WORD_TAG = /^(a|an|nr|nz|n)$/;
/** An office ends right before `i` (副市长|, 政协主席|), not an occupation (游客|, 学生|). */
function officeBefore(text: string, i: number): boolean {
  const role = roleEndingAt(text, i);
  return role !== undefined && !gazetteer().occupations.has(role);
}

/** The tags jieba gives a two-character name that is also a word (舒畅/a); not ns (主任黄山，). */
const WORD_NAME_TAG = /^(a|an|nr|nz)$/;

/**
 * 策划经理舒畅，: after a title, a two-character word (an adjective or a name in jieba's
 * dictionary, not a place) under a surname HanLP's counts vouch for, with punctuation or the end right after
 * it, is a name: nothing else stands between a title and a comma. Not a verb (书记强调，), not a
 * place the gazetteers know.
 */
export function wordNameAfterTitle(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
): string | undefined {
  const name = text.slice(i, i + 2);
  if (name.length < 2 || !isSureSurname(name[0]!) || surnameLengthOf(name) !== 1) return undefined;
  const next = text[i + 2];
  const tokens = tag(name);
  if (tokens.length !== 1) return undefined;
  const headBefore = tokens[0]!.tag === 'ns' && HEAD_TITLE_BEFORE.test(text.slice(i - 3, i));
  // 副总统万斯和国务卿…: after a head's title 和/与 joins the next titled name, as a comma would.
  const closed =
    next === undefined ||
    /^[\s，。！？；：:、,）)!?;]$/.test(next) ||
    (/^[和与]$/.test(next) && HEAD_TITLE_BEFORE.test(text.slice(i - 3, i)));
  // 主任黄河告诉记者: a speech verb closes it too, and then a noun or a place word is the name
  // (nothing else stands between a title and what it said); a place the gazetteers know is not.
  const speaks = !closed && speech.longestAt(text, i + 2) !== undefined;
  // 国家主席某某将于…访华: after a head's title a verb or preposition may close it too, and so
  // may a listed follower jieba tags otherwise (总书记某某通电话/l, 某某举行会谈/i).
  // 副市长文献代表市政府, 政协主席庄严参加: after an office (not an occupation: 游客慕名前来), a
  // word then a listed follower of names (代表, 参加, 会见) opens that person's predicate as a
  // speech verb does (issue 11, people60); an adverb or verb (书记何来…) is never read so.
  const follows =
    !closed &&
    !speaks &&
    FOLLOWED_WORD_TAG.test(tokens[0]!.tag) &&
    followers.longestAt(text, i + 2) !== undefined &&
    officeBefore(text, i);
  if (
    !closed &&
    !speaks &&
    !follows &&
    !(
      headBefore &&
      (/^[vpd]/.test(tag(text.slice(i + 2, i + 6))[0]?.tag ?? '') ||
        followers.longestAt(text, i + 2) !== undefined)
    )
  )
    return undefined;
  const nounSpeaking = (speaks || follows) && /^(n|ns)$/.test(tokens[0]!.tag);
  if (!WORD_NAME_TAG.test(tokens[0]!.tag) && !headBefore && !nounSpeaking) return undefined;
  return knownPlaces(name) ? undefined : name;
}

/** 总书记某林|通电话: a closed word after a title (above) beats the surname reader's 某林通. */
export function wordOverLonger(
  text: string,
  i: number,
  best: string | undefined,
  knownPlaces: KnownPlaces,
): string | undefined {
  // Only the follower closing after a head's title (书记王国|强调研: a speech verb cut stays).
  if (best?.length !== 3 || !HEAD_TITLE_BEFORE.test(text.slice(i - 3, i))) return best;
  if (speech.longestAt(text, i + 2) !== undefined) return best;
  const word = wordNameAfterTitle(text, i, knownPlaces);
  return word && best.startsWith(word) ? word : best;
}

/**
 * A head of state's or party's title (某国共产党总书记苏林、, 国家主席某某，): a place word the
 * gazetteers do not know is the holder's name there, as no place follows such a title alone.
 */
const HEAD_TITLE_BEFORE = /(?:总书记|主席|总统|总理|首相|国王|元首)$/;

/** What closes a name after its title: a speech verb, an address, or the clause's end. */
const NAME_CLOSES = /^($|[\s，。！？；：:、,）)]|先生|女士|老师)/;
/** A speech verb, an address or the clause's end at `end`: what may follow a rare surname's name. */
function nameClosesAt(text: string, end: number): boolean {
  const rest = text.slice(end, end + 4);
  return NAME_CLOSES.test(rest) || SPEECH.some((v) => rest.startsWith(v));
}
/**
 * 经理安某表示, 组长开某先生: a rare surname jieba reads as a verb of one character, then a
 * character of no place or short form, then a speech verb, an address or the clause's end, is a
 * name (not 访|伊, 抵|沪: a visit to a country or a city).
 */
export function rareSurnameThenGiven(
  text: string,
  f: { name: string; end: number },
  firstTag: string,
  second: { word: string; tag: string } | undefined,
): boolean {
  if (f.name.length === 3) return rareSurnameThenWord(text, f, firstTag, second);
  if (f.name.length !== 2 || firstTag !== 'v' || !second || second.word !== f.name[1]) return false;
  if (!/^(n|ng|nr|zg|g|x)$/.test(second.tag) && !soundAfterHeadTitle(text, f)) return false;
  return nameClosesAt(text, f.end);
}

/**
 * 主编务名扬表示: a surname outside the gazetteer that jieba reads as an adverb or a verb of one
 * character, then the given name read as one word of two, then a speech verb, an address or the
 * clause's end. A predicate there (主任亲自部署) would not end the clause on a word of two.
 * cctv23m (a delegate's 作大会发言) brought the frequency cap (GIVEN_WORD_MAX_COUNT). The surname
 * itself must be a rare word on its own (SURNAME_WORD_MAX_COUNT): 务 (1,342 in jieba's counts) or
 * 粱 (92), not a verb of every sentence (市民来|滑雪 161,501; 领导人讲|信义 13,587).
 */
function rareSurnameThenWord(
  text: string,
  f: { name: string; end: number },
  firstTag: string,
  second: { word: string; tag: string } | undefined,
): boolean {
  if (!/^[dv]$/.test(firstTag) || second?.word !== f.name.slice(1)) return false;
  if (characterFrequency(f.name[0]!) >= SURNAME_WORD_MAX_COUNT) return false;
  // 委员作|大会|发言: a frequent noun after a verb is its object; given names that are words are
  // seldom frequent ones (名扬 189 in jieba's counts, 大会 9,681).
  if (dictionaryFrequency(second.word) >= GIVEN_WORD_MAX_COUNT) return false;
  return nameClosesAt(text, f.end);
}

/**
 * 国家主席通伦，: right after a head's title, a sound of the transliteration tables that jieba tags
 * a place (伦/ns) ends a two-character foreign name as well as a noun would; not a country's short
 * form (访|伊) nor after a verb of travel (抵|京, 访|苏: a visit, the title's holder unnamed).
 */
function soundAfterHeadTitle(text: string, f: { name: string; end: number }): boolean {
  const start = f.end - f.name.length;
  return (
    HEAD_TITLE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
    SOUNDS.has(f.name[1]!) &&
    !gazetteer().countryShort.has(f.name[1]!) &&
    !/[访抵赴返离来到回去至过]/.test(f.name[0]!)
  );
}

/** 这张蓝图, 一张网: a surname character that is also a measure word, after a demonstrative or numeral. */
const MEASURE_SURNAME = /[张项支台门条位]/;
const BEFORE_MEASURE = /[这那每哪一两几半整该此]/;
export const isMeasureWord = (text: string, start: number) =>
  MEASURE_SURNAME.test(text[start]!) && BEFORE_MEASURE.test(text[start - 1] ?? '');

const followerIndex = gazetteer().nameFollowerIndex;
/** 王某|回答了: a longer reading that takes the first character of the shorter one's follower. */
export const cutsFollower = (text: string, i: number, shorter: string, longer: string) =>
  (followerIndex.longestAt(text, i + shorter.length)?.length ?? 0) >= 2 &&
  (followerIndex.longestAt(text, i + longer.length)?.length ?? 0) < 2;

/** “博士沈阳行”: a known place then 行 or 游 (a trip there, an event's name) is no name. */
export const placeTrip = (name: string, knownPlaces: KnownPlaces) =>
  name.length === 3 && /[行游]$/.test(name) && knownPlaces(name.slice(0, 2));

/** How many more sounds a name cut before its end may take. */
const MORE_SOUNDS = 3;
/**
 * 国防部长武切维|奇为…, 亚速海沿岸的叶伊斯|克军用机场 (things23): a name whose last two characters
 * are transliteration sounds and the next character one more sound, not a particle and no word
 * with the one after it, was cut before its end (its first character may be a Chinese surname,
 * 武, which the foreign-name checks of false-names.ts do not take for a sound). After a title or
 * before a speech verb the name is made whole (武切维奇); read by sight alone it is dropped
 * (undefined): the run of sounds is as likely a place's (叶伊斯克).
 */
export function withSoundsRunOn<F extends { name: string; end: number; via: string }>(
  text: string,
  f: F,
): F | undefined {
  const next = text[f.end] ?? '';
  if (f.name.length < 3 || !isForeignCharAt(f.name, f.name.length - 1)) return f;
  if (!isForeignCharAt(f.name, f.name.length - 2) || !isForeignCharAt(text, f.end)) return f;
  const two = text.slice(f.end, f.end + 2);
  if (OPENS_NAME.test(next) || COMMON_PAIRS.has(two) || isCommonWord(two)) return f;
  if (f.via === 'sight') return undefined;
  let end = f.end;
  while (end < f.end + MORE_SOUNDS && isForeignCharAt(text, end) && !OPENS_NAME.test(text[end]!))
    end++;
  // 努尔特列|吾|会晤, 武罗巴拉|武|、: one character outside the tables before a clear end is the last.
  if (isHanAt(text, end) && !OPENS_NAME.test(text[end]!) && !endsClearly(text, end))
    if (endsClearly(text, end + 1)) end++;
  return { ...f, name: f.name + text.slice(f.end, end), end };
}
