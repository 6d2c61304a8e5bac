/**
 * Transliterated foreign names after a post title (伊朗外长阿拉格齐, 联合国秘书长古特雷斯通过…):
 * a run of the characters Chinese uses to spell foreign sounds, joined by · or -, ending where a
 * clear boundary follows (punctuation, a date, a speech verb, a verb). The surname-based reader
 * cuts these at three characters (古特雷|斯, 普京今); this reads the whole run instead.
 */
import { firstCodes } from '../text/code-tables.ts';
import { tag } from '../text/segmenter.ts';
import { isCommonPairAt, isForeignCharAt } from './name-stats.ts';
import { NOT_IN_GIVEN_NAME } from './names.ts';
import { CLAUSE_END_WORDS, FOLLOWER_INDEX, lastSoundAt } from './name-followers.ts';
import { occurrencesOf } from '../text/occurrences.ts';

export { lastSoundAt };

/**
 * Characters of the standard transliteration tables for foreign names (Xinhua's 外国人名译名
 * conventions, general knowledge); deliberately without the commonest Chinese given-name
 * characters, so a Chinese name is rarely read as one.
 */
export const SOUNDS = new Set(
  (
    '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩法菲费芬弗福伏盖冈戈格哥古瓜哈海汉豪赫亨' +
    '霍基吉加贾杰卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米莫默穆纳娜奈内尼努诺' +
    '帕潘佩皮珀普齐奇乔切琼萨塞桑瑟森沙莎舍什施斯丝苏索塔泰坦汤特提图托瓦威韦维温沃乌西希锡谢辛休雅亚扬耶叶伊尤约泽扎' +
    '詹兹佐夫斐尔思娃姆京胡廷拿茨让卜祖翁欧瑙连华罕冯立本久延金' +
    // 赛 of 赛义德 (Arabic Sa-), 楞 of a Mongolian -楞 (-len), as the tables spell them; 呼 of a
    // Mongolian 呼- (Khu-: 呼日勒苏赫; names40).
    '赛楞呼'
  ).split(''),
);
/**
 * Sounds of the same tables that are also common Chinese words or given-name characters
 * (琴 of 马尔琴科, 日 of 梅列日科, 东 of 东布罗夫斯基斯, 南 of 费尔南多, 凡 and 丘 of 斯特凡丘克, 修
 * of 修斯, 滕 of 斯托尔滕贝格, 济 of 米尔济约耶夫, 别 of 别尔德穆哈梅多夫 and 列别杰夫, 因 of 施泰因迈尔 and
 * 海因里希, 廖 of a Russian -廖夫, 义 of 赛义多夫, 恰 of a Georgian -恰什维利, 柳 of 柳德米拉 and a
 * Baltic -柳斯; 合 and 买 of a Uyghur -艾合买提, -艾合麦提; 其 of a Mongolian 乌其尔勒; 纽 of a Spanish
 * -nue- as in 萨纽埃萨, a word's too in 纽带, 枢纽): taken only inside a run, before another sound.
 */
export const INNER_SOUNDS = new Set('琴日东热茹钦南凡丘修滕济别因万廖义恰柳合买其纽'.split(''));
/**
 * `SOUNDS.has(text[k])` by character code, for the people walk's test at every character: the
 * tables are single BMP characters, so the code says the same; a place off the text (code NaN)
 * is no sound, as `text[k]` undefined was none. `text[k]` made a string per character.
 */
const SOUND_CODES = firstCodes(SOUNDS);
export const isSoundCharAt = (text: string, k: number): boolean =>
  SOUND_CODES[text.charCodeAt(k)] === 1;
/** INNER_SOUNDS by code, as SOUND_CODES: innerSoundAt is asked along every run of sounds. */
const INNER_CODES = firstCodes(INNER_SOUNDS);
/** An inner sound at k, followed by a sound (or by inner sounds then one, 凡丘克): never the run's end. */
export const innerSoundAt = (text: string, k: number): boolean =>
  INNER_CODES[text.charCodeAt(k)] === 1 &&
  (isSoundCharAt(text, k + 1) || (k + 1 < text.length && innerSoundAt(text, k + 1)));
export const JOINERS = new Set(['·', '-', '－', '•', '‧']);
const MAX_RUN = 24;
/** The run of foreign-name sounds at i, if it ends at a clear boundary. */
export function transliteratedNameAt(text: string, i: number): string | undefined {
  const run = soundRun(text, i);
  return run && endsClearly(text, i + run.length) ? run : undefined;
}

/** The run of foreign-name sounds at i (two or more), with · or - inside and a regnal number. */
export function soundRun(text: string, i: number): string | undefined {
  let end = i;
  while (end < text.length && end - i < MAX_RUN) {
    const ch = text[end]!;
    if (SOUNDS.has(ch)) end++;
    else if (innerSoundAt(text, end) && (end > i || runLength(text, end) >= 4)) end++;
    else if (JOINERS.has(ch) && SOUNDS.has(text[end + 1] ?? '') && end > i) end++;
    else break;
  }
  // 某某克夫人: 夫人 (Mrs) after the name, not its last sound.
  if (text[end - 1] === '夫' && text[end] === '人') end--;
  if (end - i < 2) return undefined;
  if (lastSoundAt(text, end, end - i)) end++;
  end += regnalAt(text, end);
  return text.slice(i, end);
}

/**
 * 副总统阿尔克|明的专访…阿尔克明称: one character the tables lack, printed after the same run at least
 * twice in the story and before different words each time (的, 称), is the name's last sound: a
 * word would follow the name in one place only. Not where it opens a frequent word (普京|明确).
 */
export function repeatedLastSound(text: string, i: number, end: number): boolean {
  const c = text[end] ?? '';
  // Nor a conjunction, particle or verb that follows names (拜登和…前总统某某, headline and body).
  if (!/\p{Script=Han}/u.test(c) || CLAUSE_END_WORDS.test(c) || NOT_IN_GIVEN_NAME.has(c))
    return false;
  if (end - i < 2) return false;
  const longer = text.slice(i, end + 1);
  const after = new Set<string>();
  for (const k of occurrencesOf(text, longer)) {
    if (isCommonPairAt(text, k + longer.length - 1) || isForeignCharAt(text, k - 1)) return false;
    after.add(text[k + longer.length] ?? '');
  }
  return after.size >= 2;
}

/** 阿卜杜拉二世: a regnal number belongs to the name (its length at `end`, or 0). */
export const regnalAt = (text: string, end: number): number =>
  /^[一二三四五六七八九十]世/.test(text.slice(end, end + 2)) ? 2 : 0;

/**
 * 塔隆总统: a character of transliterations then a sound of the tables (not itself one), right before
 * a head of state's or government's title: a two-character foreign name.
 */
export const titledPair = (text: string, i: number): boolean =>
  isForeignCharAt(text, i) &&
  isSoundCharAt(text, i + 1) &&
  /^(总统|总理|首相|国王|女王)/.test(text.slice(i + 2, i + 4));

/** The segmenter ends a word right before `at` (妻子|阿克莎塔: 妻子 is a word of its own). */
export function wordEndsAt(text: string, at: number): boolean {
  let pos = Math.max(0, at - 4);
  for (const t of tag(text.slice(pos, at + 2))) {
    if (pos === at) return true;
    if ((pos += t.word.length) > at) return false;
  }
  return pos === at;
}

/** How many sounds follow at k (东布罗夫斯基斯: a run that opens with an inner sound must be long). */
function runLength(text: string, k: number): number {
  let end = k + 1;
  while (end < text.length && SOUNDS.has(text[end]!)) end++;
  return end - k;
}

const ONE_ADVERB = /^[均都也亦还又曾已正将就再即便]$/;

export function endsClearly(text: string, end: number): boolean {
  const rest = text.slice(end, end + 6);
  if (rest === '' || /^[\s，。！？；：:、,（(“"”)）!?;0-9０-９]/.test(rest)) return true;
  if (FOLLOWER_INDEX.longestAt(rest, 0) !== undefined) return true;
  const [first, second] = tag(rest);
  // A verb, preposition, adverb, conjunction, idiom or time word (举行会谈, 首次, 当天); an
  // adjective as the verb's adverb (某某强烈谴责).
  return (
    (!!first && /^[vpdcilt]/.test(first.tag) && first.word.length > 1) ||
    (first?.tag === 'a' && first.word.length > 1 && /^v/.test(second?.tag ?? '')) ||
    // 某国大臣某某均表示, 某某也称: an adverb of scope or time of one character before a verb.
    (first?.tag === 'd' && ONE_ADVERB.test(first.word) && /^v/.test(second?.tag ?? '')) ||
    /^(首次|再次)/.test(rest) ||
    // 某某上月宣布: jieba splits 上月 and 下月 (上|f 月|m), time words as 上周 is.
    /^[上下]月/.test(rest) ||
    // 某某通话时称, 某某讲话时: a noun of two characters and 时 open the clause's time.
    (first?.word.length === 2 && rest[2] === '时')
  );
}

/**
 * 主帅某某本场停赛, 某某上赛季执教, 主教练某某这时候下课: after a role, a time pointed at (this
 * match, last season, this time) opens the predicate as a date does; jieba tags these as nouns or
 * pronouns. Not for a run with no role before it: clubs are the subjects of 本赛季 too.
 */
const TIME_DEIXIS = /^(?:本|上|这|此|该)(?:场|轮|赛季|季|周|届|次|时候|时)/;

/** Where a run of sounds after a role ends: clearly, or before a time pointed at. */
export const endsAfterRole = (text: string, end: number): boolean =>
  endsClearly(text, end) || TIME_DEIXIS.test(text.slice(end, end + 3));
