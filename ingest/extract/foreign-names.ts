/**
 * Transliterated foreign names after a post title (伊朗外长阿拉格齐, 联合国秘书长古特雷斯通过…):
 * a run of the characters Chinese uses to spell foreign sounds, joined by · or -, ending where a
 * clear boundary follows (punctuation, a date, a speech verb, a verb). The surname-based reader
 * cuts these at three characters (古特雷|斯, 普京今); this reads the whole run instead.
 */
import { tibetanNameAt } from './tibetan-names.ts';
import { firstCodes } from '../text/code-tables.ts';
import { dictionaryFrequency, tag, wordStartingAt } from '../text/segmenter.ts';
import { isCommonPairAt, isForeignCharAt } from './name-stats.ts';
import { NOT_IN_GIVEN_NAME } from './names.ts';
import { japaneseNameAfterTitle } from './japanese-names.ts';
import { CLAUSE_END_WORDS, FOLLOWER_INDEX, lastSoundAt } from './name-followers.ts';

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
 * Baltic -柳斯; 合 and 买 of a Uyghur -艾合买提, -艾合麦提; 其 of a Mongolian 乌其尔勒): taken only
 * inside a run, before another sound.
 */
export const INNER_SOUNDS = new Set('琴日东热茹钦南凡丘修滕济别因万廖义恰柳合买其'.split(''));
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
const JOINERS = new Set(['·', '-', '－', '•', '‧']);
const MAX_RUN = 24;
/** The run of foreign-name sounds at i, if it ends at a clear boundary. */
export function transliteratedNameAt(text: string, i: number): string | undefined {
  const run = soundRun(text, i);
  return run && endsClearly(text, i + run.length) ? run : undefined;
}

/** The run of foreign-name sounds at i (two or more), with · or - inside and a regnal number. */
function soundRun(text: string, i: number): string | undefined {
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
  for (let k = text.indexOf(longer); k >= 0; k = text.indexOf(longer, k + 1)) {
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

/**
 * 万斯会晤, 邵峰先后发言: the segmenter reads a two-character name (a person's, a new word or
 * an unknown one: nr, nz, x) and then a verb, adverb or time word of two characters that the
 * surname reader's third character belongs to. Not for ordinary words (王国|强调 stays 王国强).
 */
/** Time words that follow a name (邵峰先后发言); the segmenter also tags 志在 of 赵某志在 as time. */
const TIME_AFTER_NAME = new Set([
  '先后',
  '正在',
  '随后',
  '当天',
  '今天',
  '昨天',
  '近日',
  '日前',
  '目前',
]);
/** Titles of address after a name (许某|博士说): the name ends before them. */
const ADDRESS = /^(博士|教授|先生|女士|老师|同志|院士)$/;
/** 王某王总, 孙某孙女士: the surname again with a form of address is no third given character. */
const SURNAME_ADDRESS = /^(总|先生|女士|老师|博士|教授)/;

/** 明说, 直言: a "verb" whose second character is a speech verb, its first a given name's end (冉志明说). */
const SPEECH_END = /^\p{Script=Han}[说称讲道问答]$/u;
function wordAfterTwo(text: string, i: number): boolean {
  const [first, second] = tag(text.slice(i, i + 6));
  return (
    first?.word.length === 2 &&
    !SPEECH_END.test(second?.word ?? '') &&
    /^(nr|nz|ns|x)/.test(first.tag) &&
    !!second &&
    second.word.length >= 2 &&
    (/^[vpdc]/.test(second.tag) || TIME_AFTER_NAME.has(second.word) || ADDRESS.test(second.word))
  );
}

/** A word of two or more characters at `end` that is a verb, adverb, preposition, conjunction or time (正在/t). */
function endsWithWord(text: string, end: number): boolean {
  const first = tag(text.slice(end, end + 6))[0];
  return !!first && first.word.length > 1 && /^[vpdct]/.test(first.tag);
}

/**
 * The name after a title: the surname reader's `name` unless a longer foreign run (or one that
 * ends where the surname reader's name does not) is there.
 */
export function preferTransliterated(
  text: string,
  i: number,
  name: string | undefined,
): string | undefined {
  // 代表扎西江村介绍: a Tibetan name, which the surname reader cuts (tibetan-names.ts).
  const tibetan = tibetanNameAt(text, i);
  if (tibetan) return tibetan;
  // Cheap tests first (every titled position passes here): most runs are the name itself.
  if (name?.length === 3 && wordAfterTwo(text, i)) return name.slice(0, 2);
  // 副总统阿尔克|明的…阿尔克明称: a run of sounds whose next character the story repeats after it.
  if (name && [...name].every((c) => SOUNDS.has(c)) && repeatedLastSound(text, i, i + name.length))
    return text.slice(i, i + name.length + 1);
  if (name?.length === 3 && name[2] === name[0] && SURNAME_ADDRESS.test(text.slice(i + 3, i + 5)))
    return name.slice(0, 2);
  if (name?.length === 3) {
    const whole = surnameOpensRun(text, i);
    if (whole) return whole;
    if (opensVerbAfterSounds(text, i)) return name.slice(0, 2);
  }
  const run = soundRun(text, i);
  if (!run || run === name) return name;
  // 凯恩正在…: the surname reader took the first character of a word after the name.
  if (name && run.length < name.length && endsWithWord(text, i + run.length)) return run;
  if (name && run.length <= name.length && endsClearly(text, i + name.length)) return name;
  // 贝鲁斯|科尼这几年: the surname reader's name stops inside the run and ends nowhere clear.
  // Its last character may open the next word (梅德韦杰夫|特意), which then ends it clearly.
  if (name && run.startsWith(name) && !endsClearly(text, i + name.length)) {
    const opens = run.length > name.length + 1 && opensWordAt(text, i + run.length - 1, run);
    return opens ? run.slice(0, -1) : run;
  }
  if (endsClearly(text, i + run.length)) return run;
  // 普京登|上: with no name from the surname reader, the run's last sound may open the next word
  // (登上), which then ends the run clearly.
  if (!name && run.length > 2 && opensWordAt(text, i + run.length - 1, run))
    return run.slice(0, -1);
  return name;
}

/**
 * 彭|达罗夫斯基互致: a surname character (not itself a sound of the tables) opening a run of sounds
 * that goes on two or more characters past the surname reader's three: no Chinese name is five
 * characters long, so the whole run is the name (互致 after it is no clear end: 互/d).
 */
function surnameOpensRun(text: string, i: number): string | undefined {
  if (SOUNDS.has(text[i]!)) return undefined;
  const rest = soundRun(text, i + 1);
  return rest && rest.length >= 4 ? text.slice(i, i + 1 + rest.length) : undefined;
}

/**
 * 舒默|率领: both characters before the third are characters of transliterations (name-stats.json)
 * and the third opens a verb of two characters or more (率领, 表示): that verb follows a two-character
 * foreign name, the segmenter's tag for the two (舒默/a) notwithstanding.
 */
function opensVerbAfterSounds(text: string, i: number): boolean {
  if (!isForeignCharAt(text, i) || !isForeignCharAt(text, i + 1)) return false;
  const first = tag(text.slice(i + 2, i + 6))[0];
  if (!first || first.word.length < 2) return false;
  if (first.tag === 'v') return true;
  // 卢拉|独家专访: a noun or adverb too where the segmenter reads the two sounds as one unknown
  // word (卢拉/x), as it reads no Chinese name it knows.
  return (
    /^[nd]$/.test(first.tag) &&
    tag(text.slice(i, i + 6))[0]?.word.length === 2 &&
    tag(text.slice(i, i + 6))[0]?.tag === 'x'
  );
}

/** The run's last character (at `last`) opens a word of the text that ends the shorter run clearly. */
function opensWordAt(text: string, last: number, run: string): boolean {
  return (
    !JOINERS.has(run[run.length - 2]!) &&
    (wordStartingAt(text, last, 2, 3)?.length ?? 0) > 1 &&
    endsClearly(text, last)
  );
}

/**
 * 行长浅川雅嗣, 会长坂本雅信, 大臣西村|康稔: four characters after a title, with no surname reading,
 * that the segmenter reads as name or place words of two or more characters ending in one it does
 * not know (x):
 * a Japanese name (surname and given name of two characters each). Only a title's name slot.
 */
export function japaneseNameShape(name: string): boolean {
  if (!/^\p{Script=Han}{4}$/u.test(name)) return false;
  // 深情|地说 (jieba: 地说/x): an adverb, the particle 地 and a speech verb, no given name.
  if (/地[说讲道问答]$/.test(name)) return false;
  const tokens = tag(name);
  // Words of names or places (西村/ns, 河野/ns), never a measure or modifier (单个/b 乘组).
  return (
    tokens.at(-1)!.tag === 'x' &&
    // 桥本|英二: jieba knows some surnames as nouns (桥本/n); a first word of two then is one too.
    tokens.every(
      (t, k) =>
        (t.word.length >= 2 && /^(x|nr\w*|ns|nz)$/.test(t.tag)) ||
        (k === 0 && tokens.length === 2 && t.tag === 'n' && t.word.length === 2),
    )
  );
}

/**
 * 会长桥本某二今天召开…: a Japanese name's shape of four characters ends where a foreign name
 * does (a time word, a verb: endsClearly), not only at punctuation or a listed follower.
 */
export function japaneseNameBeforeClause(text: string, i: number): string | undefined {
  const five = japaneseNameAfterTitle(text, i);
  if (five && endsClearly(text, i + five.length)) return five;
  const name = text.slice(i, i + 4);
  if (!japaneseNameShape(name) && !knownPairsInJapan(text, i, name)) return undefined;
  return endsClearly(text, i + 4) || OWN_WORDS.test(text.slice(i + 4, i + 12)) ? name : undefined;
}
/**
 * 日本某党党首福岛瑞穗率领: after a title of Japan's, a surname and a given name the segmenter
 * both knows (福岛/ns 瑞穗/nr), two characters each, are the name; the shape above wants the given
 * name unknown to it, which keeps Chinese places and names of two words out elsewhere.
 */
function knownPairsInJapan(text: string, i: number, name: string): boolean {
  if (!/^\p{Script=Han}{4}$/u.test(name) || !text.slice(Math.max(0, i - 14), i).includes('日本'))
    return false;
  const tokens = tag(name);
  return (
    tokens.length === 2 &&
    tokens.every((t) => t.word.length === 2) &&
    /^(ns|nr)$/.test(tokens[0]!.tag) &&
    tokens[1]!.tag === 'nr'
  );
}

/**
 * 反对首相某某某某错误言论: what the person said, owned without 的 (言论, 讲话, 表态), perhaps
 * judged first (错误, 不当, 涉台), closes the name as a verb does.
 */
const OWN_WORDS =
  /^(错误|不当|挑衅性?|涉台|涉华|有关|相关|近期|日前|此前)*(言论|言行|讲话|发言|表态|声明|答辩)/;

/**
 * 部长博考当天表示: after a title, two characters the segmenter knows as no word (x), the first a
 * character of transliterations or a sound of the tables, ending clearly (a time word, a verb): a foreign name of two
 * whose second sound the tables lack (考). Only where no other reading of the title's name slot
 * found one.
 */
export function unknownPairAfterTitle(text: string, i: number): string | undefined {
  // 副主席本某、: a sound of Xinhua's tables opens it too (本 of a Lao name), jieba's x the same.
  if (!isForeignCharAt(text, i) && !SOUNDS.has(text[i]!)) return undefined;
  const name = text.slice(i, i + 2);
  // 西安市长安区: a pair ending in an area's word is the place the title ran into; 代表法是…: one
  // ending in a copula or particle is a word and the verb after it.
  if (!/^\p{Script=Han}{2}$/u.test(name) || /[区县市镇乡村州旗是的了在和与及也都将就]$/.test(name))
    return undefined;
  const tokens = tag(name);
  if (tokens.length !== 1 || (tokens[0]!.tag !== 'x' && !rarePlaceWord(text, i, name)))
    return undefined;
  return endsClearly(text, i + 2) ? name : undefined;
}

/**
 * 当选副总统拉腊致贺电: jieba also tags a few transliterated names as places it has seen only a
 * handful of times (拉腊/ns, 3); one opening with a character of transliterations is read as the
 * pair too (names40). Places the news names are common (泰安 2,000 and more).
 */
const RARE_PLACE_WORD = 10;
const rarePlaceWord = (text: string, i: number, name: string): boolean =>
  isForeignCharAt(text, i) &&
  tag(name)[0]?.tag === 'ns' &&
  dictionaryFrequency(name) <= RARE_PLACE_WORD;
