/**
 * Round people34 (false people on the independent annotations cctv22u, cctv22x, cctv23a, cctv24z,
 * cctv25w): where a name found by the rules is a piece of something longer.
 *
 * - a piece of a four-character set phrase in a run of them (抓铁有痕、踏石留印的…, 检视自身、常思己过；
 *   四时之春，田沃稻饶，): the "name" plus at most one character fills a clause part of four
 *   characters that jieba cuts into single characters, beside another part of four or more;
 * - a foreign name cut before a hyphen (国王某廉-某历山大, 副部长某里-某萨): the part after the hyphen
 *   belongs to the name;
 * - 为 glued to a name an appointing verb governs (任命某某·某鲁为新总理): 为 is the verb's, not a sound.
 *
 * Written by hand: general rules of news style and jieba's dictionary, no names listed.
 */
import { ENDS_WITH_JOINT, ITEM_JOINTS, NOUN_CONJUNCTION } from '../text/function-words.ts';
import { codeTest } from '../text/code-tables.ts';
import { isHanAt } from '../text/normalize.ts';
import { dictionaryFrequency, segment } from '../text/segmenter.ts';
import { EVERYDAY } from './frequency-thresholds.ts';
import { isForeignCharAt, NAME_DOT } from './name-stats.ts';
import { isSureSurname } from './names-by-role.ts';
import { hasSurnameAt } from './names.ts';
import type { Found } from './story-names.ts';

/** What bounds a clause part of a set phrase: punctuation, or 的/之 before the rest of a clause. */
const PART_EDGE = /[，、；。：！？“”‘’（）《》\s]/;
/** PART_EDGE by code: partAround walks a clause part for every finding (code-tables.ts). */
const isPartEdgeAt = codeTest(PART_EDGE);
/** Characters after a name that say it is one (甲说, 甲等, 甲们, 甲和乙): no set phrase's last character. */
const NAME_CLOSERS = /[说等们和与及讲称道问答]/;

const FUNCTION_WORD = /^(p|c|r|d|u|f)/;

/** The clause part around [start, end): from the edge before to the edge after (or 的 after it). */
function partAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isPartEdgeAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !isPartEdgeAt(text, b) && text[b] !== '的') b++;
  return [a, b];
}

const hanRun = (text: string, a: number, b: number) => {
  for (let k = a; k < b; k++) if (!isHanAt(text, k)) return false;
  return b > a;
};

/**
 * 踏石留印, 常思己过, 田沃稻饶: the finding and at most one character beside it fill a part of four
 * Han characters that jieba (no HMM) reads as four single characters, and the part before or after
 * it, across one mark, holds four Han characters or more: a run of set phrases, no name.
 */
export function setPhrasePiece(text: string, f: Found): boolean {
  // 攻弱守强，某纳萨利、: a name spelt all in sounds is a foreign name, whatever stands around it.
  if (f.name.length < 3 || NAME_DOT.test(f.name) || foreignSounds(f.name) === f.name.length)
    return false;
  const [a, b] = partAround(text, f.start, f.end);
  if (b - a !== 4 || !hanRun(text, a, b)) return false;
  if (b > f.end && NAME_CLOSERS.test(text[b - 1]!)) return false;
  const words = segment(text.slice(a, b), false);
  if (words.length < 4) return false;
  // 由甲乙丙、, 》中甲乙丙的: a preposition, conjunction, pronoun, adverb or place word before the
  // name opens it; a verb after it is what the person does (甲乙丙笑).
  if (a < f.start && FUNCTION_WORD.test(words[0]!.tag)) return false;
  if (b > f.end && /^v/.test(words.at(-1)!.tag)) return false;
  // The neighbour part across one mark: four Han characters or more (抓铁有痕、, 检视自身、).
  const before = a >= 5 && hanRun(text, a - 5, a - 1);
  const after = PART_EDGE.test(text[b] ?? '') && hanRun(text, b + 1, b + 5);
  return before || after;
}

const HYPHEN = /^[-－]$/;
/**
 * 威廉-亚历山大, 阿里-礼萨: a foreign name ending at a hyphen goes on after it. The whole name when
 * jieba (with its HMM) reads the next characters as a name, a place or a new word of two or more
 * characters holding a sound of the transliteration tables; null when it does not (the cut name is
 * no person); undefined where no hyphen follows a foreign name.
 */
function hyphenRunOn(text: string, f: Found): string | null | undefined {
  if (!HYPHEN.test(text[f.end] ?? '') || !isHanAt(text, f.end + 1)) return undefined;
  const sounds = [...f.name].filter((_, k) => isForeignCharAt(f.name, k)).length;
  if (sounds < 2 && !NAME_DOT.test(f.name)) return undefined;
  const next = segment(text.slice(f.end + 1, f.end + 9), true)[0];
  if (!next || next.word.length < 2 || !/^(nr|ns|nz|x)/.test(next.tag)) return null;
  if (![...next.word].some((_, k) => isForeignCharAt(next.word, k))) return null;
  return `${f.name}-${next.word}`;
}

/** Verbs that name someone to an office before 为 (任命甲为总理, 选举乙为主席). */
const APPOINTING = /(任命|提名|选举|推选|推举|委任|聘请|聘任)$/;
/**
 * 任命弗朗某·贝鲁为新总理: a name read on by sounds that ends in 为 where an appointing verb stands
 * before it (the title of the one appointed may stand between); the name without 为, else undefined.
 */
export function appointedAsEnd(text: string, f: Found): string | undefined {
  if (!f.name.endsWith('为') || f.name.length < 3 || !isHanAt(text, f.end)) return undefined;
  // Only names of sounds: a Chinese given name may end in 为 (朱有为; withoutGluedEnd reads those).
  const sounds = [...f.name].filter((_, k) => isForeignCharAt(f.name, k)).length;
  if (sounds < 2 && !NAME_DOT.test(f.name)) return undefined;
  // The clause before the name: the appointing verb within its last twelve characters.
  let a = f.start;
  while (a > 0 && f.start - a < 12 && !/[，。；：！？]/.test(text[a - 1]!)) a--;
  const before = text.slice(a, f.start);
  for (let k = before.length; k >= 1; k--)
    if (APPOINTING.test(before.slice(0, k))) return f.name.slice(0, -1);
  return undefined;
}

/** One-character adverbs that end a name's reading (甲都…) but never stand before a pause. */
const ADVERB = /^[都也还就又才]$/;
/**
 * 大使某尼都、大使某某: a name of sounds read up to a one-character adverb, where a pause follows the
 * adverb: an adverb opens a predicate, so the character is the name's last sound; the longer name,
 * or undefined.
 */
function soundBeforePause(text: string, f: Found): string | undefined {
  if (!ADVERB.test(text[f.end] ?? '') || !/^[、，；。）]$/.test(text[f.end + 1] ?? ''))
    return undefined;
  const sounds = [...f.name].filter((_, k) => isForeignCharAt(f.name, k)).length;
  return sounds >= 2 ? f.name + text[f.end]! : undefined;
}

/**
 * 常任理事|国地位, 某某|国补贴: after a title, a character HanLP's counts seldom see as a surname,
 * read alone, then a noun, verb or adjective of everyday vocabulary filling the given name: words.
 * (栗战书, 雷海潮: their given names are rarer words.)
 */
export function unsureSurnameBeforeWord(f: Found, sure: boolean): boolean {
  if (sure || f.name.length !== 3 || foreignSounds(f.name) >= 2) return false;
  const given = segment(f.name.slice(1), false);
  return (
    given.length === 1 &&
    /^(n|v|vn|a|an)$/.test(given[0]!.tag) &&
    dictionaryFrequency(given[0]!.word) >= EVERYDAY
  );
}
const foreignSounds = (name: string) => [...name].filter((_, k) => isForeignCharAt(name, k)).length;

/** A foreign name that goes on after a hyphen or before a pause: the whole, null (a cut name), or undefined. */
export function runOn(text: string, f: Found): string | null | undefined {
  const hyphen = hyphenRunOn(text, f);
  return hyphen === undefined ? soundBeforePause(text, f) : hyphen;
}

/** Plants whose names jieba's dictionary holds whole, often tagged as names (杜鹃花/nr, 山茶花/nr). */
const PLANT_END = /[花草树]$/;
/**
 * 杜鹃花漫山遍野: a three-character "name" by sight ending in 花, 草 or 树 that jieba's dictionary holds
 * as one word is the plant (a person's 某桂花, 某杏花 is no dictionary word).
 */
export const plantBySight = (f: Found, text = ''): boolean =>
  (f.name.length === 3 && PLANT_END.test(f.name) && dictionaryFrequency(f.name) > 0) ||
  varietyInList(text, f);

/** Characters that end the names of plants' varieties (迎春樱, 绿萼梅, 金边兰). */
const VARIETY_END = /[花草树樱梅桃兰菊柳松竹莲]$/;
/**
 * 迎春樱、钟花樱等次第开放: a list item ending in the same plant character as the item beside it
 * is a variety of one plant, as its neighbour is, no person (things48-a).
 */
/** The item after a list's joint, up to the next joint, a pause or the 等 that closes the list. */
const NEXT_ITEM = new RegExp(
  String.raw`^[${ITEM_JOINTS}](\p{Script=Han}{1,6}?)(?=[，。；等${ITEM_JOINTS}])`,
  'u',
);
function varietyInList(text: string, f: Found): boolean {
  const last = f.name.at(-1)!;
  if (!VARIETY_END.test(f.name)) return false;
  const before = ENDS_WITH_JOINT.test(text.slice(0, f.start)) && text[f.start - 2] === last;
  const next = NEXT_ITEM.exec(text.slice(f.end));
  return before || !!next?.[1]!.endsWith(last);
}

/**
 * 某甲某乙丙丁: in names printed without separators, a three-character name by sight that starts
 * where the last one ended, ends in a surname HanLP's counts vouch for and runs on into more
 * characters is a two-character name and the next one's surname (郑海|丁建平, not 郑海丁|建平).
 */
export function runsIntoNextName(text: string, hit: Found, last?: Found): boolean {
  return (
    hit.via === 'sight' &&
    hit.name.length === 3 &&
    !!last &&
    last.end <= hit.start &&
    last.end >= hit.start - 3 &&
    isHanAt(text, hit.start - 1) &&
    isHanAt(text, hit.end) &&
    isSureSurname(hit.name[2]!) &&
    !(NAME_DOT.test(hit.name) || [...hit.name].every((_, k) => isForeignCharAt(hit.name, k))) &&
    // What lies between is another name (甲|乙丙丁): it opens with a surname; not one 和, 与
    // or 及 alone, the conjunction of a list (甲和乙丙丁: names42).
    (last.end === hit.start ||
      (hasSurnameAt(text, last.end) &&
        !(last.end === hit.start - 1 && NOUN_CONJUNCTION.test(text[last.end]!))))
  );
}

/**
 * 协调员阿卜杜勒茂拉1日发表声明: a name of sounds after a title that the walk cut where a character
 * outside the tables stands (茂), going on over at most two characters that end in a sound (拉)
 * right before a day of the month or a pause, and no word of the dictionary (宣布): the whole is
 * the name (names40).
 */
export function soundsToDate(text: string, f: Found): string | undefined {
  if (f.via !== 'post' || foreignSounds(f.name) < 2) return undefined;
  for (const extra of [1, 2]) {
    const end = f.end + extra;
    if (!isHanAt(text, end - 1) || !isForeignCharAt(text, end - 1)) continue;
    // 某某|宣布，: a word of the dictionary after the name is its verb, not its last sounds.
    if (dictionaryFrequency(text.slice(f.end, end)) > 0) continue;
    if (/^(?:[0-9０-９]{1,2}日|[，。、；])/.test(text.slice(end, end + 3)))
      return text.slice(f.start, end);
  }
  return undefined;
}
