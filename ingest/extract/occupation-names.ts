/**
 * Names after an occupation word (旅客, 航天员, 候选人, 画家): 旅客动线 and 航天员乘组 are things, so a
 * name stands there only where a surname opens it and no second occupation follows (市民游客尽享),
 * or where a run of transliteration sounds ending clearly, no word of the dictionary, does
 * (某党总理候选人默茨表示; 职工|基本 stays a word). After an occupation of the arts, an artist's
 * foreign or pen name that jieba holds as a person's (画家某某、, 画家某某的名画, 某某/nr or nrt;
 * not 导演|中某某, read as one new word); after 的 only a run of sounds (演员的某某; 大师的马屁 is the
 * noun's object, not a name). Split from people.ts (one concern per file).
 */
import { JOINS_ON } from '../text/function-words.ts';
import { tibetanNameAt } from './tibetan-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { transliteratedNameAt } from './foreign-names.ts';
import { hasSurnameAt } from './names.ts';
import { isForeignCharAt, SECOND, THIRD } from './name-stats.ts';
import { isSureSurname } from './names-by-role.ts';
import { onlyAroundNames } from './person-roles.ts';
import { OCCUPATION_PREDICATE } from './frequency-thresholds.ts';
import { followScore } from './name-follow.ts';
import type { EndsClearly, SoundAt } from './titled-sound-runs.ts';

const occupations = gazetteer().occupations;
const followers = gazetteer().nameFollowerIndex;

/** How a name may open at i after an occupation: by its surname, by its sounds, or not at all. */
export function nameAfterOccupation(text: string, i: number): 'surname' | 'sounds' | undefined {
  // 村民次仁卓玛说: a Tibetan name has no surname; its words are read as a foreign name's sounds.
  if (tibetanNameAt(text, i)) return 'sounds';
  if (hasSurnameAt(text, i)) return occupationAt(text, i) ? undefined : 'surname';
  const run = transliteratedNameAt(text, i);
  return run && !isCommonWord(run) ? 'sounds' : undefined;
}

/** 市民游客尽享: a second occupation after the first is no name. */
export function occupationAt(text: string, i: number): boolean {
  for (let n = 2; n <= 4; n++) if (occupations.has(text.slice(i, i + n))) return true;
  return false;
}

/** Occupations of the arts, whose names are often foreign or pen names (画家某某). */
const ARTS =
  /(画家|作家|导演|编剧|艺术家|歌手|诗人|小说家|设计师|建筑师|思想家|文学家|书法家|音乐家|作曲家|指挥家|钢琴家|歌唱家|演奏家)$/;

/** After an artist's occupation, a name no surname opens (画家|某某): checked by `artistName`. */
export const artistWithoutSurname = (text: string, i: number, role: string): boolean =>
  ARTS.test(role) && !hasSurnameAt(text, i);

/** jieba holds the whole as a person's name (nr, nrt), not as a new word (x). */
export function artistName(name: string): boolean {
  const tokens = tag(name);
  return tokens.length === 1 && /^nr/.test(tokens[0]!.tag);
}

/** After an occupation and 的, a name only if it is all transliteration sounds. */
export const allSounds = (name: string): boolean =>
  [...name].every((_, k) => isForeignCharAt(name, k));

/** Punctuation that closes a name printed in a list or before a clause. */
const PAUSE = /^[、，,。；;：:）)]$/;

/** Words of address after an occupation (工人师傅, 保洁阿姨, 环卫大爷). */
const ADDRESS_WORD = /^(师傅|阿姨|大爷|大妈|大姐|大哥|小哥|老师|先生|女士|小姐)$/;

/**
 * 市民乐享自然之美: after an occupation, two characters under a surname HanLP's counts do not vouch
 * for, with a given character never seen in names, running on into more words (no punctuation
 * or listed word after it), are the predicate, not a name (村民乐平说 and 市民王刚， stay).
 */
export function predicateAfterOccupation(text: string, i: number, name: string): boolean {
  // 工作者荣获|第…: a name opening with a word HanLP sees only after names (荣获 L10) is the verb.
  if (onlyAroundNames(name.slice(0, 2))) return true;
  // 企业家高峰会: one dictionary word ending in a gathering (会, 节, 赛, 展) is the event.
  if (name.length === 3 && /[会节赛展]$/.test(name) && tag(name).length === 1) return true;
  // 工人师傅每在…: an occupation then a word of address (师傅, 阿姨) is one noun phrase; the address
  // word is no surname and given name (工人师傅 "the worker").
  if (ADDRESS_WORD.test(name.slice(0, 2))) return true;
  // 村民张罗着…: the aspect particle 着 ends a verb, never a given name.
  if (name.endsWith('着')) return true;
  // 干部包片包组: a phrase of the form XYXZ (one verb, two objects) is no name.
  if (name.length === 4 && name[0] === name[2]) return true;
  // 学生来研学: jieba reads the "surname" as a verb of one character and what follows as a word
  // (来/v 研学): the occupation's predicate, not its name.
  // 教授顾明远、: a surname HanLP's counts vouch for (顾, also "to look after") opening three
  // characters closed by a pause is the name; a predicate runs on into more words.
  // 村民顾某美正在晾晒…, 种植户顾某某说: a speech verb, an adverb or another word that follows
  // names (name-follow.ts) closes the three as a pause does; a predicate runs on into its object.
  const closed =
    name.length === 3 &&
    isSureSurname(name[0]!) &&
    (PAUSE.test(text[i + 3] ?? '') ||
      (followScore(text, i + 3) === 3 && !JOINS_ON.test(text[i + 3] ?? '')));
  const [first, second] = tag(text.slice(i, i + name.length + 2));
  if (!closed && first?.word.length === 1 && first.tag === 'v' && (second?.word.length ?? 0) >= 2)
    return true;
  // 航天员利用脑电…: a common word of jieba's dictionary opens it (利用, tagged n there) under a
  // surname HanLP's counts do not vouch for (利): the occupation's predicate, not a name (张扬帆
  // stays: 张 is a sure surname; 利华 stays: no common word).
  if (!isSureSurname(name[0]!) && dictionaryFrequency(name.slice(0, 2)) >= OCCUPATION_PREDICATE)
    return true;
  const given = name.charCodeAt(1);
  return (
    name.length === 2 &&
    !isSureSurname(name[0]!) &&
    Number.isNaN(SECOND[given]!) &&
    Number.isNaN(THIRD[given]!) &&
    /\p{Script=Han}/u.test(text[i + 2] ?? '') &&
    followers.longestAt(text, i + 2) === undefined
  );
}

/**
 * 爱国诗人屈原。, 指挥家捷杰耶夫首次…: after an occupation of the arts or of thought, the figure
 * named there may be a dictionary word (屈原/n, common enough that the surname reader refuses it)
 * or a foreign name opening with a character no table has (捷). Taken when a surname opens one
 * dictionary entry of two or three characters closed by a pause or 的, or when all characters but
 * the first are sounds and the run ends clearly (names50-a; cctv24u 屈原).
 */
export function figureAfterArtsTitle(
  text: string,
  i: number,
  role: string,
  isSound: SoundAt,
  endsClearly: EndsClearly,
): string | undefined {
  if (!ARTS.test(role)) return undefined;
  const word = dictionaryFigure(text, i, role);
  if (word) return word;
  // 设计师的某某: a particle is no first sound.
  if (!/\p{Script=Han}/u.test(text[i] ?? '') || /[的了和与及同在是为将把被]/.test(text[i]!))
    return undefined;
  for (let end = i + 6; end >= i + 3; end--) {
    let sounds = true;
    for (let k = i + 1; k < end && sounds; k++) sounds = isSound(text, k);
    if (sounds && endsClearly(text, end)) return text.slice(i, end);
  }
  return undefined;
}

/** Occupations of letters and thought, whose figures the dictionary may hold as nouns (屈原/n). */
const LETTERS = /(诗人|思想家|文学家|书法家)$/;

/**
 * A surname opening one dictionary entry closed by a pause or 的: a name (nr), or after an
 * occupation of letters a noun (屈原/n; not 导演单元, the section of a festival).
 */
function dictionaryFigure(text: string, i: number, role: string): string | undefined {
  if (!hasSurnameAt(text, i)) return undefined;
  const tags = LETTERS.test(role) ? /^(nr|n$)/ : /^nr/;
  for (const len of [3, 2]) {
    const name = text.slice(i, i + len);
    const tokens = tag(name);
    if (
      tokens.length === 1 &&
      tags.test(tokens[0]!.tag) &&
      /^[、，。；！？）)”的]/.test(text[i + len] ?? '')
    )
      return name;
  }
  return undefined;
}

/**
 * The name at `start` is such a figure after an occupation of the arts: the checks that read a
 * common noun after an occupation as that noun (工人高峰，) leave it.
 */
export function artsFigureAt(text: string, name: string, start: number): boolean {
  const role = ARTS.exec(text.slice(Math.max(0, start - 3), start))?.[0];
  return !!role && dictionaryFigure(text, start, role) === name;
}
