/**
 * Tibetan names: no surname, two (or three) name words of two characters each, as Chinese prints
 * them (扎西|江村, 次仁|卓玛, 洛桑|江村). The surname reader cannot take them (扎, 次, 洛 are no
 * surnames, or cut the name at the wrong place); readers ask here where a title, an occupation or
 * a list puts a name (people26, issue 11). The words are the common elements of Tibetan personal
 * names in their usual Chinese spellings (general knowledge); one word alone is no name here
 * (格桑花, 卓玛 alone), nor a word with anything but another name word after it (扎西|德勒).
 */
import { tag } from '../text/segmenter.ts';
import { countedPeopleAt } from './counted-people.ts';

const WORDS = new Set(
  (
    '扎西 扎巴 洛桑 罗桑 江村 坚参 坚赞 次仁 才仁 泽仁 次旦 次丹 次珍 多吉 多杰 卓玛 卓嘎 央金 央宗 ' +
    '拉姆 旺姆 旺堆 旺杰 旺秋 平措 彭措 尼玛 达瓦 达娃 格桑 格列 德吉 德庆 德央 顿珠 普布 普琼 边巴 ' +
    '巴桑 巴珠 巴丹 罗布 白玛 白珍 曲珍 益西 强巴 群培 土登 丹增 旦增 嘉措 加措 贡嘎 贡布 仁青 仁增 ' +
    '桑珠 桑吉 欧珠 米玛 阿旺 晋美 琼达 拉巴 索朗 索南 斯朗 才让 玉珍 措姆 降央 洛珠 赤列 南杰 朗杰 ' +
    '根敦 更登 其美 达杰 久美 嘎玛 噶玛 拉珍 吉宗 次央 旦巴 洛追 加央 阿佳 尼珍 ' +
    // 达吉 (dar rgyas), 曲珠 (chos grub), 曲吉 (chos skyid), 次吉 (tshe skyid): blocal-l.
    '达吉 曲珠 曲吉 次吉 ' +
    // Spellings of 赤列 (phrin las) as printed too (names38).
    '赤林 赤烈 ' +
    // 向巴, another spelling of 强巴 (byams pa) (people39: read as the preposition 向 before a list's name).
    '向巴'
  ).split(' '),
);

/** The Tibetan name of two or three name words at `i`, if one is there. */
export function tibetanNameAt(text: string, i: number): string | undefined {
  if (!WORDS.has(text.slice(i, i + 2)) || !WORDS.has(text.slice(i + 2, i + 4))) return undefined;
  return WORDS.has(text.slice(i + 4, i + 6)) ? text.slice(i, i + 6) : text.slice(i, i + 4);
}

const FIRSTS = new Set([...WORDS].map((w) => w[0]!));
const CLAUSE_START = /[，。；：！？、\s“]/;
/** What follows a subject: a copula, an adverb, a conjunction or speech, a pause (names38). */
const SUBJECT_END = /^[是在将把也都还和与说、，。]/;

/**
 * ，洛桑某某见证…, 次仁某某是…: a Tibetan name opening a clause before its verb is the clause's
 * subject, with no title, occupation or list around it (names38, issue 11).
 */
export function tibetanSubjectAt(text: string, i: number): string | undefined {
  if (!FIRSTS.has(text[i]!) || (i > 0 && !CLAUSE_START.test(text[i - 1]!))) return undefined;
  const name = tibetanNameAt(text, i);
  // 才让某等六位代表: a name word and one character (Amdo names: 才让太, 多杰加) before a list's
  // count of people, which closes a name as surely as a pause (people58).
  if (!name && WORDS.has(text.slice(i, i + 2)) && /\p{Script=Han}/u.test(text[i + 2] ?? ''))
    return countedPeopleAt(text, i + 3) ? text.slice(i, i + 3) : undefined;
  if (!name) return undefined;
  const rest = text.slice(i + name.length, i + name.length + 4);
  // 次仁某某等5位代表发言: a list of people closed by its count ends at the name (people58).
  if (countedPeopleAt(text, i + name.length)) return name;
  // 达瓦某某今年种了…: a time word or an adverb opens the predicate as a verb does (names42).
  return SUBJECT_END.test(rest) || /^(v|d|t)/.test(tag(rest)[0]?.tag ?? '') ? name : undefined;
}

/** One Tibetan name word (扎西, 白玛) of the table above. */
export const isTibetanNameWord = (word: string): boolean => WORDS.has(word);

/** A string that is one whole Tibetan name of two or three name words (扎西某某), nothing more. */
export const isWholeTibetanName = (s: string): boolean => tibetanNameAt(s, 0) === s;

/**
 * 甲、多吉某某、丹增某某、乙: a Tibetan name right after another found name and a list's separator
 * is a list's item, though the name before it is of sounds (people60: a roll of Tibetan officials
 * lost its items after the first, read as set phrases with no name beside them).
 */
export function tibetanAfterName(
  text: string,
  f: { name: string; start: number },
  found: readonly { end: number }[],
): boolean {
  if (tibetanNameAt(text, f.start) !== f.name || !/[、和及]/.test(text[f.start - 1] ?? ''))
    return false;
  return found.some((g) => g.end === f.start - 1);
}
