/**
 * Where a name printed after a title ends: the rules of people.ts's afterTitle that keep a name
 * from running into the next word (严平|认为, 谢非|今天) or from being made of words after an
 * occupation (市民都清醒地…).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { isSureSurname } from './names-by-role.ts';
import { COMMON_PAIRS, readsAsFrequentWords, score, SECOND, THIRD } from './name-stats.ts';
import { surnameLengthOf } from './names.ts';

const lex = gazetteer().lexicon;
const SPEECH = [...lex.speechVerbs];
const FOLLOWERS = [...lex.nameFollowers, ...SPEECH];

/**
 * After a title, a name must not read as words (市民都清醒地…, 工作者普遍认为, 主任严平认为):
 * its last character making a frequent word with the next one, its given name a frequent word,
 * or given-name characters rare in names, unless punctuation or a listed word closes it.
 */
export function readsAsWords(text: string, i: number, name: string, follow: number): boolean {
  const end = i + name.length;
  // 某庆华表示, 某光明说 stay whole: 华表 and 明说 are words, but 表示 and 说 follow names.
  const listed =
    SPEECH.some((w) => text.startsWith(w, end)) ||
    FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, end));
  // 韩正|在: a one-character given name has no shorter reading (正在 is read only past it).
  const surname = surnameLengthOf(name);
  if (!listed && name.length - surname > 1 && crossesIntoWord(text, end)) return true;
  // Punctuation, a listed word, or a number or Latin letter (总理李强19日) closes the name.
  if (follow >= 2 || !/\p{Script=Han}/u.test(text[end] ?? '')) return false;
  // 鄢秋|实委员: a one-character given name with nothing closing it is a longer name cut short.
  // Unless the longer reading ran into a word (陈震|六次, 谢非|今天).
  if (name.length - surname === 1 && follow === 0 && !crossesIntoWord(text, end + 1)) return true;
  // 张忠义, 朱有为 keep a given name that is a word; 都清醒, 国经济 do not: 都 and 国 are seldom surnames.
  if (readsAsFrequentWords(name, surname) && !(surname === 1 && isSureSurname(name[0]!)))
    return true;
  // A one-character given name also ends the name: it scores as a last character too (冯强: 强).
  const given =
    name.length - surname === 2
      ? score(SECOND, text, i + surname) + score(THIRD, text, i + surname + 1)
      : Math.max(score(SECOND, text, i + surname), score(THIRD, text, i + surname));
  return given < MIN_GIVEN_AFTER_TITLE;
}
const MIN_GIVEN_AFTER_TITLE = -0.5;

/**
 * The name's last character and the next one make a speech verb, a time word or a count (严平认为,
 * 谢非今天, 陈震六次): the name ends one character earlier. Other words across the edge are
 * ambiguous (鄢秋实则关注: 实则 is a word, 鄢秋实 the name).
 */
function crossesIntoWord(text: string, end: number): boolean {
  // 某国强 at the end of the text: no word runs across an edge with nothing after it.
  if (end >= text.length) return false;
  const pair = text.slice(end - 1, end + 1);
  // 王国强|调研: the next two characters are a word of their own, so 强调 is not read.
  if (SPEECH.some((v) => v.startsWith(pair))) return !COMMON_PAIRS.has(text.slice(end, end + 2));
  if (/[一二三四五六七八九十两]/.test(pair[0]!)) return true;
  return COMMON_PAIRS.has(pair) && tag(pair)[0]?.tag === 't';
}

/**
 * 行长浅川雅嗣, 会长坂本雅信, 大臣西村|康稔: four characters after a title, with no surname reading,
 * that the segmenter reads as name or place words of two or more characters ending in one it does
 * not know (x):
 * a Japanese name (surname and given name of two characters each). Only a title's name slot.
 */
export function japaneseNameShape(name: string): boolean {
  if (!/^\p{Script=Han}{4}$/u.test(name)) return false;
  const tokens = tag(name);
  // Words of names or places (西村/ns, 河野/ns), never a measure or modifier (单个/b 乘组).
  return (
    tokens.at(-1)!.tag === 'x' &&
    tokens.every((t) => t.word.length >= 2 && /^(x|nr\w*|ns|nz)$/.test(t.tag))
  );
}
