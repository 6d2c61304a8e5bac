/**
 * Uyghur and Kazakh names printed without the dot (names42, issue 11): 库尔班江, 阿依古丽,
 * 阿不都热西提. With no surname and no dot the surname reader and the sound tables miss them (库,
 * 阿 open no Chinese name; 古丽, 江 are words). Read where a clause puts a name: opening it, or
 * after 的 or a verb (见到某某时), with a verb, an adverb, a time word or a pause after it.
 * The elements are the common parts of Uyghur and Kazakh personal names in their usual Chinese
 * spellings (general knowledge, as Xinhua prints them); a name is two of them or more, or one and
 * an ending (江, 汗, 古丽), four characters at least: one element alone (古丽, 艾力) is no name here.
 */
import { tag } from '../text/segmenter.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { countedPeopleAt } from './counted-people.ts';

const ELEMENTS = // Men's names and their parts.
  (
    '阿不都 阿卜杜 阿布都 阿布杜 阿不力孜 阿力木 阿里木 阿迪力 阿斯哈尔 阿合买提 阿曼 阿吉 艾尔肯 艾力 ' +
    '艾合买提 艾买提 艾克拜尔 艾山 艾则孜 艾尼瓦尔 艾海提 艾尼 买买提 麦麦提 吐尔逊 吐逊 吐尔洪 吐尔地 ' +
    '托合提 库尔班 热合曼 热西提 热依木 肉孜 玉素甫 玉苏甫 依明 伊明 吾买尔 克里木 卡德尔 卡哈尔 哈力克 ' +
    '沙吾提 木拉提 努尔 努尔兰 帕尔哈提 赛买提 塔依尔 吾斯曼 亚森 牙生 斯拉木 司马义 铁木尔 居来提 ' +
    '达吾提 巴拉提 乃依木 尼亚孜 吐尼亚孜 阿不来提 叶尔兰 叶尔江 叶尔肯 哈那提 加尔肯 巴合提 别克 ' +
    '阿依丁 卡米力 阿不拉 买合木提 吾甫尔 色力木 艾沙 加帕尔 ' +
    // Women's names and their parts.
    '阿依 古丽 帕提 热依拉 热依汗 再努尔 阿依努尔 米娜 迪丽 热巴 布威 阿娜尔 海丽其 阿米娜 祖丽 ' +
    '孜巴 努尔古丽 加娜尔 巴哈尔 玛依拉 热孜万 古力 米热 阿瓦 热娜 排孜'
  ).split(' ');
/** Endings that make a name of one element: 江 (dear), 汗 (lady, lord), 古丽 (flower). */
const ENDINGS = ['古丽', '江', '汗'];
const LONGEST_FIRST = [...ELEMENTS, ...ENDINGS].sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Set(ELEMENTS.map((e) => e[0]!));

/** Before the name: a clause start, 的, or the last character of a verb (checked by tag). */
const CLAUSE_START = /[，。；：！？、\s“（]/;
/** After it: a pause, or what opens the predicate or a clause of time (时). */
const PAUSE = /^($|[，。；：！？、\s”）和与说时的])/;
const PREDICATE_TAG = /^(v|vn|d|ad|p|t|r|c)$/;

/** The undotted Uyghur or Kazakh name starting at i, if it stands where a name stands. */
export function turkicNameAt(text: string, i: number): string | undefined {
  if (!FIRST_CHARS.has(text[i]!)) return undefined;
  const end = elementsEnd(text, i);
  if (end === undefined) return undefined;
  const name = text.slice(i, end);
  if (
    i > 0 &&
    !CLAUSE_START.test(text[i - 1]!) &&
    text[i - 1] !== '的' &&
    !afterVerb(text, i) &&
    !afterOccupation(text, i)
  )
    return undefined;
  // 阿依某某等6名代表: a list of people closed by its count ends at the name (people58).
  if (PAUSE.test(text.slice(end, end + 1)) || countedPeopleAt(text, end)) return name;
  return PREDICATE_TAG.test(tag(text.slice(end, end + 4))[0]?.tag ?? '') ? name : undefined;
}

/** Where a run of two pieces or more (elements, then endings), four characters at least, ends. */
function elementsEnd(text: string, i: number): number | undefined {
  let end = i;
  let pieces = 0;
  let elements = 0;
  for (;;) {
    const piece = LONGEST_FIRST.find((p) => text.startsWith(p, end));
    // The first piece must be an element, not an ending (江, 汗 open no name).
    if (!piece || (pieces === 0 && !ELEMENTS.includes(piece))) break;
    if (ELEMENTS.includes(piece)) elements++;
    end += piece.length;
    pieces++;
  }
  return pieces >= 2 && elements >= 1 && end - i >= 4 ? end : undefined;
}

/** 见到|某某时: the word before the name is a verb of two characters or more. */
function afterVerb(text: string, i: number): boolean {
  const before = tag(text.slice(Math.max(0, i - 3), i)).at(-1);
  return !!before && before.word.length >= 2 && before.tag === 'v';
}

/** 牧民|某某；, 村民|某某说: an occupation (occupations.txt) names the one after it. */
const occupations = gazetteer().occupations;
const afterOccupation = (text: string, i: number): boolean =>
  [2, 3].some((n) => i >= n && occupations.has(text.slice(i - n, i)));
