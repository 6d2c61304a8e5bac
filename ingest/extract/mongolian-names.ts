/**
 * Mongolian names printed without the dot (local48; the blind local set's note: minority names of
 * five or six characters cut short): 胡日沁必力格, 额尔敦巴雅尔, 乌云其其格, 那仁满都拉. With no
 * surname the surname reader cuts them at three characters (那仁满) or misses them, and the sound
 * tables lack their parts. Read after a title or 代表, at a clause's start or after a verb, with a
 * pause, 同志, 时 or a predicate after. The elements are the common parts of Mongolian personal names
 * in their usual Chinese spellings (general knowledge, as Inner Mongolia's papers print them); a
 * name is two pieces or more, five characters at least, or a longer element and an ending (…图).
 */
import { tag } from '../text/segmenter.ts';
import { roleEndingAt } from './posts.ts';

const ELEMENTS = (
  '巴特尔 巴雅尔 巴图 巴音 白音 宝音 宝力道 宝日 额尔敦 额尔德木 额尔其 额日和木 朝鲁 其其格 ' +
  '其木格 乌云 乌日娜 乌力吉 乌日图 那仁 那顺 娜仁 满都拉 满都呼 苏和 苏日娜 吉日嘎拉 吉雅 图雅 ' +
  '图门 孟和 布和 特古斯 阿拉坦 敖特根 敖日格勒 达来 达布希拉 希拉 格日勒 萨仁 斯琴 高娃 胡日沁 ' +
  '必力格 毕力格 德力格尔 道尔吉 哈斯 桑布 格根 塔娜 呼和 阿斯楞 诺敏 那木拉 额尔德尼 图布信 ' +
  '巴拉吉 恩和 金花 阿木古楞 包力高 朝克 乌恩 其勒木格 孟根 萨日娜 赛音 都仁 查干 ' +
  // 阿拉腾, the other usual spelling of 阿拉坦 (altan, gold) (people59-a: a CPPCC member's name).
  '阿拉腾'
).split(' ');
/** Endings that close a name of a longer element: -图 (having), -夫, -格, -娜. */
const ENDINGS = ['图', '夫', '格', '娜'];
const LONGEST_FIRST = [...ELEMENTS, ...ENDINGS].sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Set(ELEMENTS.map((e) => e[0]!));

/** Before the name: a clause start, 的, or the end of a title or a verb (checked below). */
const CLAUSE_START = /[，。；：！？、\s“（]/;
/** After it: a pause, 同志, 时, 等, 一行, or what opens the predicate. */
const AFTER = /^($|[，。；：！？、\s”）和与说时的等]|同志|一行)/;
const PREDICATE_TAG = /^(v|vn|d|ad|p|t|c)$/;

/** Where a run of Mongolian name pieces starting at i ends, if it is a name's length. */
function mongolianRunEnd(text: string, i: number): number | undefined {
  if (!FIRST_CHARS.has(text[i]!)) return undefined;
  let end = i;
  let pieces = 0;
  for (;;) {
    const piece = LONGEST_FIRST.find((p) => text.startsWith(p, end));
    if (!piece || (pieces === 0 && !ELEMENTS.includes(piece)) || end - i + piece.length > 8) break;
    end += piece.length;
    pieces++;
  }
  const length = end - i;
  return pieces >= 2 && length >= 4 ? end : undefined;
}

/** The undotted Mongolian name starting at i, where a name stands. */
export function mongolianNameAt(text: string, i: number): string | undefined {
  const end = mongolianRunEnd(text, i);
  if (end === undefined) return undefined;
  const before =
    i === 0 ||
    CLAUSE_START.test(text[i - 1]!) ||
    text[i - 1] === '的' ||
    roleEndingAt(text, i) !== undefined ||
    text.slice(Math.max(0, i - 2), i) === '代表' ||
    tag(text.slice(Math.max(0, i - 3), i)).at(-1)?.tag === 'v';
  if (!before) return undefined;
  if (AFTER.test(text.slice(end, end + 2))) return text.slice(i, end);
  return PREDICATE_TAG.test(tag(text.slice(end, end + 4))[0]?.tag ?? '')
    ? text.slice(i, end)
    : undefined;
}
