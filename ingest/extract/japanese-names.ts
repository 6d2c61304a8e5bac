/**
 * Japanese names after a title of Japan's (日本 within 14 characters before the name slot) that
 * the surname reader cuts wrong:
 * - five characters (a family name of two, a given name of three: 山口某津男). The segmenter knows
 *   the family name as a place or a name and cuts the given name into a word it does not know (x)
 *   and a character; read alone, the given name's three characters were taken for a Chinese name
 *   and the family name lost (people17).
 * - four characters the segmenter's dictionary holds whole as a person's (安倍某三/nr): the surname
 *   reader took three (安倍某) and left the last character (people18, cctv22u).
 * - four characters cut into single ones (上|川|某子): a family name of two ending in a character
 *   of landscape that Japanese family names end in (川, 田, 山, 本, 村…) and a given name of two
 *   that is no verb, adverb or number; nothing else took the slot (people18, the 上川阳子 form).
 * - three characters (森山|某: a family name of two the segmenter knows as a word, ending in a
 *   character of landscape, and a given name of one that is no verb, adverb or number), which the
 *   surname reader never takes: the family name's first character is rarely a Chinese surname
 *   (people26, the cctv25z form 自民党干事长某某某).
 * The caller checks that the name ends clearly (a verb, a time word, punctuation).
 */
import { tag } from '../text/segmenter.ts';
import { endsClearly } from './foreign-names.ts';

const FAMILY_END = /[川田山本村野井木藤原岛泽沢口部谷崎冈岡仓倉桥橋濑瀬森松宫宮尾池内]/;

export function japaneseNameAfterTitle(text: string, i: number): string | undefined {
  if (!text.slice(Math.max(0, i - 14), i).includes('日本')) return undefined;
  return (
    fiveCharacters(text.slice(i, i + 5)) ??
    fourCharacters(text.slice(i, i + 4)) ??
    threeCharacters(text.slice(i, i + 3))
  );
}

function fiveCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{5}$/u.test(name)) return undefined;
  const tokens = tag(name);
  // 鸠山某纪夫/nr: five characters the segmenter's dictionary holds whole as a person's (people60).
  if (tokens.length === 1 && tokens[0]!.tag === 'nr') return name;
  const [family, ...given] = tokens;
  if (!family || family.word.length !== 2) return undefined;
  // Three characters ending in 郎 (某次郎, 某一郎, 某太郎), a Japanese given name's ending the
  // segmenter cuts into words it knows (进/v 次郎/n), after a family name it knows or one it does
  // not (石田/x) ending in a character of landscape.
  if (/郎$/.test(name) && (/^(ns|nr\w*)$/.test(family.tag) || FAMILY_END.test(family.word[1]!)))
    return name;
  if (!/^(ns|nr\w*)$/.test(family.tag)) return undefined;
  // The given name: one word the segmenter does not know (x), with at most one more character.
  return given.some((t) => t.tag === 'x' && t.word.length >= 2) && given.length <= 2
    ? name
    : undefined;
}

function fourCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{4}$/u.test(name)) return undefined;
  const tokens = tag(name);
  if (tokens.length === 1) return tokens[0]!.tag === 'nr' ? name : undefined;
  if (!FAMILY_END.test(name[1]!) || tokens.some((t) => t.word.length > 2)) return undefined;
  // The family name's two characters end a token: no word runs across the two halves.
  let at = 0;
  for (const t of tokens) {
    if (at < 2 && at + t.word.length > 2) return undefined;
    if (at >= 2 && /^[vdpcumtfr]/.test(t.tag)) return undefined;
    at += t.word.length;
  }
  return name;
}

function threeCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{3}$/u.test(name) || !FAMILY_END.test(name[1]!)) return undefined;
  const [family, given, ...rest] = tag(name);
  if (rest.length > 0 || !family || !given || family.word.length !== 2) return undefined;
  return /^(n|ns|nr\w*|nz|x)$/.test(family.tag) && !/^[vdpcumtfr]/.test(given.tag)
    ? name
    : undefined;
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
    (tokens.at(-1)!.tag === 'x' || givenEndingInRo(tokens.at(-1)!.word)) &&
    // 桥本|英二: jieba knows some surnames as nouns (桥本/n); a first word of two then is one too.
    tokens.every(
      (t, k) =>
        (t.word.length >= 2 && /^(x|nr\w*|ns|nz)$/.test(t.tag)) ||
        (k === 0 && tokens.length === 2 && t.tag === 'n' && t.word.length === 2) ||
        // 赤某|太郎/n: the given name in 郎 whatever jieba tags it.
        (k === tokens.length - 1 && k > 0 && givenEndingInRo(t.word)),
    )
  );
}

/**
 * 大臣赤某二郎当天称: a given name of two ending in 郎 (一郎, 二郎, 太郎, 次郎), which jieba's
 * dictionary holds as a name (二郎/nrt) and so never leaves unknown (x), is a Japanese given name
 * as fiveCharacters takes one of three (people61, 2025-11-19).
 */
const givenEndingInRo = (word: string) => word.length === 2 && word[1] === '郎';

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
