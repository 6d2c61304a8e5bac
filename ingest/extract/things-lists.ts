/**
 * 研制出金刚石、蓝宝石等新材料; 推动长江、黄河等大江大河保护: a name read by sight inside a
 * list that 等 closes, where what follows 等 is a noun for things (新材料, 大江大河, 领域), lists
 * things, not people; jieba's dictionary tags many such words as names (金刚石/nr, 蓝宝石/nr), and
 * the name statistics cannot tell them from a surname and a given name. A list of people closes on
 * a word for people (等多名运动员, 等领导同志, 等国家领导人) or a verb (甲、乙等出席). Issue 11,
 * people60. Written by hand: Chinese morphology (agent suffixes) and the gazetteers' role words.
 * Outside a list, a name read by sight ending in a character for a substance (金刚石, 蓝宝石, 高纯铝)
 * names the substance, unless a follower of names or a speech verb comes after it (see substanceWord).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { FREQUENT_WORD, LISTED_THING_WORD } from './frequency-thresholds.ts';
import { oneOf, WITH_PARTNER } from '../text/function-words.ts';

/** 和, 与, 同, 跟 and 及 after a word: a partner or the list goes on, no predicate of a person. */
const PARTNER_OR_LIST = oneOf(WITH_PARTNER + '及', '^', '$');

/** Agent and group suffixes of nouns for people (运动员, 科学家, 记者, 人士, 选手, 群众). */
const PERSON_SUFFIX = /[人员家者士手师生长官工民众友匠才将星侣女男姐哥嫂妈爸娃儿子孙辈]$/;
/** Nouns for people that end otherwise (领导, 同志, 代表, 干部, 嘉宾, 模范, 典型, 委员会 is no person). */
const PERSON_WORDS =
  /^(领导|同志|代表|委员|干部|嘉宾|模范|典型|英雄|劳模|先进|骨干|团队|班子|成员|伙伴|朋友|亲属|家属|一行)/;
/** Words between 等 and its head that modify it (多, 新, 各类, 一批, 多位, 重点). */
const MODIFIER_TAG = /^(m|q|a|ad|b|d|f|mq|r)$/;
const g = gazetteer();

function personWord(word: string): boolean {
  return PERSON_SUFFIX.test(word) || PERSON_WORDS.test(word) || g.roleWords.has(word);
}

/** The list the name ending at `end` stands in closes with 等 and a noun for things. */
export function inListOfThings(text: string, name: string, end: number): boolean {
  // The name itself is a frequent entry of jieba's dictionary (金刚石/nr 287, 蓝宝石/nr 108): a
  // person's name the dictionary holds is rare there (彭某某/nr 3; people57-a: 夫人彭某某等步入…,
  // where jieba tags the verb 步入 a noun).
  if (dictionaryFrequency(name) < FREQUENT_WORD) return false;
  // The name is an item; the list may go on after it (金刚石、蓝宝石等), item by item.
  let at = end;
  for (let items = 0; text[at] === '、' && items < 8; items++) {
    let j = at + 1;
    while (j - at <= 6 && /[\p{Script=Han}·・]/u.test(text[j] ?? '') && !/[、等]/.test(text[j]!))
      j++;
    if (j === at + 1) return false;
    at = j;
  }
  if (text[at] !== '等') return false;
  const tokens = tag(text.slice(at + 1, at + 12).replace(/^等/, ''));
  let k = 0;
  while (k < tokens.length && k < 2 && MODIFIER_TAG.test(tokens[k]!.tag)) {
    // 等800余名…人士, 等三位院士: a count in people's measure words says the list is of people.
    if (/[名位]$/.test(tokens[k]!.word)) return false;
    k++;
  }
  const head = tokens[k];
  // A verb (出席, 参加) or a pause after 等: the list may be of people; nothing is said.
  if (!head || !/^(n|nz|ns|nt|ng)$/.test(head.tag)) return false;
  const next = tokens[k + 1];
  const words = [head.word, ...(next && /^n/.test(next.tag) ? [next.word] : [])];
  return !words.some(personWord);
}

/** A thing's word of the dictionary: a noun or a verb read as one (展览/v), no name or place. */
const THING_WORD_TAG = /^(n|nz|vn|v|an)$/;
/**
 * 还有展览、沙龙等: a name by sight that is itself a frequent entry of jieba's dictionary (沙龙/nr
 * 160), beside a list item that is a frequent word of things (展览 1437), is a thing of that list;
 * people are listed beside names and titles (cctv37b).
 */
export function besideThingWord(text: string, name: string, start: number, end: number): boolean {
  if (dictionaryFrequency(name) < FREQUENT_WORD) return false;
  const items = [
    text[start - 1] === '、'
      ? tag(text.slice(Math.max(0, start - 9), start - 1)).at(-1)
      : undefined,
    text[end] === '、' ? tag(text.slice(end + 1, end + 9))[0] : undefined,
  ];
  return items.some(
    (item) =>
      !!item &&
      item.word.length >= 2 &&
      THING_WORD_TAG.test(item.tag) &&
      dictionaryFrequency(item.word) >= LISTED_THING_WORD &&
      !personWord(item.word),
  );
}

/**
 * The characters of the chemical elements' Chinese names (全国科学技术名词审定委员会, 元素名称),
 * less those given names use (金, 银, 铁, 铜, 锡: 孙金龙, 陈锡…), and 石 (stone: 宝石, 金刚石,
 * 钻石), which ends no given name of the golds' 2,297 people: a word ending in one names a
 * substance or a material.
 */
const SUBSTANCE_END =
  /[氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰钴镍锌镓锗砷硒溴氪铷锶钇锆铌钼锝钌铑钯镉铟锑碲碘氙铯钡镧铈钨铂汞铅铋铀烯烷石]$/;

/**
 * 蓝宝石衬底, 金刚石具有极高的导热性能, 降低高纯铝出口关税: a name read by sight whose last
 * character names a substance, with no follower of names or speech verb right after it (a person
 * 某石表示 keeps his name), is the substance's word.
 */
export function substanceWord(text: string, f: { name: string; end: number }): boolean {
  if (f.name.length !== 3 || !SUBSTANCE_END.test(f.name)) return false;
  // 石 ends a name of history too (王安石, 某介石): only a gem (宝石) or a frequent word before 石
  // (金刚/nr 640) makes the word a stone's.
  if (
    f.name.endsWith('石') &&
    !f.name.endsWith('宝石') &&
    dictionaryFrequency(f.name.slice(0, 2)) < FREQUENT_WORD
  )
    return false;
  // 和, 与 join a list as well as two people: they are no person's predicate.
  const follower = g.nameFollowerIndex.longestAt(text, f.end);
  return follower === undefined || PARTNER_OR_LIST.test(follower);
}

/** Verbs whose object is a sector, never a person (发展旅游业, 壮大康养业, 做强制造业). */
const GROWS_SECTOR = /(发展|壮大|培育|做强|做大|做优|扶持|振兴|繁荣|推动|促进)$/;
const LIST_JOINT = /[、和及与]/;
/** A pause, a separator or the text's edge beside a list item. */
const ITEM_EDGE = /^$|[、，。；：和及与等\s]/;
/**
 * A neighbouring item that jieba's dictionary holds as a sector's word (旅游业, 服务业, 农业), not a
 * name (某建业); a word of two (农业) stands whole between separators, not cut from a name (王|立业).
 */
const sectorItem = (word: string, edge: string) =>
  word.endsWith('业') && dictionaryFrequency(word) > 0 && (word.length > 2 || ITEM_EDGE.test(edge));

/**
 * 大力发展旅游业、康养业: a name read by sight ending in 业 (sector, trade) that a verb of growing
 * governs, or whose neighbour in a list is a sector's word, is a sector's word (康养业, wellness):
 * a given name ending in 业 (某建业) stands as a subject or after a title, not as the object of
 * 发展 nor beside 旅游业 (issue 11, lpeople61).
 */
export function sectorWord(text: string, f: { name: string; start: number; end: number }): boolean {
  if (f.name.length !== 3 || !f.name.endsWith('业')) return false;
  if (GROWS_SECTOR.test(text.slice(Math.max(0, f.start - 4), f.start))) return true;
  const lengths = [2, 3, 4];
  const before =
    LIST_JOINT.test(text[f.start - 1] ?? '') &&
    lengths.some((n) =>
      sectorItem(text.slice(f.start - 1 - n, f.start - 1), text[f.start - 2 - n] ?? ''),
    );
  const after =
    LIST_JOINT.test(text[f.end] ?? '') &&
    lengths.some((n) =>
      sectorItem(text.slice(f.end + 1, f.end + 1 + n), text[f.end + 1 + n] ?? ''),
    );
  return before || after;
}
