/**
 * Names seen without a title next to them (胡锦涛要求…, 会见了钱其琛和于有斌): a surname from the
 * gazetteer, then a given name whose characters are far likelier in names than in ordinary words
 * (name-stats.json, derived from jieba's dictionary), where jieba's segmentation of the window
 * agrees that a word starts at the surname and ends after the given name. The segmenter is asked
 * only when the character statistics already pass: it is the costly step.
 */
import { otherMentions } from './other-mentions.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag, tagWindow } from '../text/segmenter.ts';
import { isPlausibleGivenName, isPlausibleListedGivenName, surnameAt } from './names.ts';
import {
  foreignItemAfter,
  foreignItemBefore,
  isForeignPlace,
  LIST_OPENER,
} from './transliterations.ts';
import { wordEndsAt } from './foreign-names.ts';
import {
  COMMON_PAIRS,
  allForeign,
  isCommonPairAt,
  readsAsFrequentWords,
  SECOND,
  THIRD,
  score,
} from './name-stats.ts';
import { givenCount, surnameEvidence } from './person-roles.ts';

/** Below this a first given character never starts a name (cheap test before segmenting). */
const MIN_GIVEN_CHAR = -1;
/** Below this it starts one only where jieba's HMM read a new word (于有斌: 有 is common in words). */
const MIN_GIVEN_CHAR_KNOWN = 0;
/** Tuned on the MSRA validation split and CLUENER train (bench:ner --split dev). */
const MIN_NAME_SCORE = 0.5;
const GIVEN_WORD_PENALTY = 1.5;
/** A frequent pair as given name: this as a name's (建华 1.5; 海洋 0.7), under this as a word's (玉米 1,722). */
const [NAMES_PAIR, NAMES_PAIR_WORD] = [1.2, 1500];
/** A surname by sight must be one in at least this share of its uses in HanLP's counts. */
const MIN_SURNAME_SHARE = 0.3;

/** jieba's reading of the name: a dictionary name, a new word of its HMM, or surname + one more. */
const KINDS = /^(nr|nrfg|x|split|word)$/;
/** jieba tags a few names as time words or other proper nouns (周恩来/t, 刘彦彬/nz). */
export const NOISY_TAG = /^(t|nz)$/;
/** What may stand before a name seen by statistics alone. */
const OPEN = /[\s，。！？；：:、,（(“"”)）!?;《》]/;
const CLOSE = /^($|[\s，。！？；：:、,（(“"”)）!?;》·])/;

/**
 * Given names that are not: honorifics (李先生), and endings of places and things that start with a
 * surname character (公明镇, 卢浮宫, 尤伯杯, 孔雀舞, 白皮书), and 裔 (descent: 华裔学者, 非裔 are
 * demonyms). General knowledge, written by hand.
 */
export const NOT_GIVEN_NAME =
  /^(先生|女士|老师|老板|师傅|小姐|大爷|大妈|阿姨|总|某|某某|氏)$|[镇村庄乡县市省州区宫岛港湾山滩坡河湖江路街桥寺庙塔记节杯会卡队书舞曲门台站馆园场厂店院府部局委团社城岩溪沟坝洞峡坪垭塘堡屯寨铺营性鱼鹿演制网裔]$/;
/**
 * Characters of transliterated foreign words (莫斯科, 阿森纳, 桑德兰, 沙尔克): a "given name" made only
 * of them is a foreign place or club far more often than a Chinese name.
 */
export const TRANSLITERATED_GIVEN =
  /^[尔斯德克纳森兰坦里亚科勒拉特伦诺罗卡维西巴米达塔吉佩奥乌莫利曼蒂埃夫普茨基]{1,2}$/;
/** The first two given characters together must score this before jieba is asked (bench:ner dev). */
const T3 = -0.5;
/** Surnames that are also function words: 和孙晋 is 和 + a name, not a name. */
const FUNCTION_SURNAMES = /[和由向同及于从把将对与为以]/;
const CONJUNCTIONS = /^[和由向同及从把将对与为以]$/;

/** The name starting at i by character statistics and segmentation, if any. */
export function nameBySight(
  text: string,
  i: number,
  knownPlaces: (s: string) => boolean = () => false,
): string | undefined {
  const surname = surnameAt(text, i);
  // 20吉瓦时, 3万名: a number is followed by a unit or measure word, not a name.
  if (!surname || /[0-9０-９一二三四五六七八九十百千万亿两几]/.test(text[i - 1] ?? ''))
    return undefined;
  const g = i + surname.length;
  const doubled = doubledGivenName(text, i, surname);
  if (doubled) return doubled;
  const s2 = score(SECOND, text, g);
  if (s2 < MIN_GIVEN_CHAR || !/\p{Script=Han}/u.test(text[g] ?? '')) return undefined;
  if (surname.length === 1 && FUNCTION_SURNAMES.test(surname) && surnameAt(text, g))
    return undefined;
  // 和雨污分流: with no other evidence, a conjunction or preposition is not read as a surname.
  if (CONJUNCTIONS.test(surname)) return undefined;
  // Cheap tests before segmenting: the surname ends a frequent word (提高, 资金) or starts one
  // (安全, 高度), or no reading of the given name can reach the bar.
  if (i > 0 && isCommonPairAt(text, i - 1)) return undefined;
  if (surname.length === 1 && isCommonPairAt(text, i)) return undefined;
  const three = s2 + score(THIRD, text, g + 1) >= T3;
  const two =
    s2 >= MIN_GIVEN_CHAR_KNOWN &&
    (NAME_WORD.test(text.slice(g + 1, g + 5)) || subjectOfClause(text, i, g + 1));
  if (!three && !two) return undefined;
  // Tests of the name below that read no token, asked before the segmenter (the costly step):
  // whatever jieba reads, the name starts with the surname and the text's next character.
  if (surname.length === 1 && surnameEvidence(surname).share < MIN_SURNAME_SHARE) return undefined;
  if (!isPlausibleGivenName(text[g]!) || COMMON_PAIRS.has(text.slice(i, g + 1))) return undefined;
  const from = Math.max(0, i - 3);
  const window = text.slice(from, g + 4);
  // Windows keep a cache of their own: they would crowd the rules' short-window cache.
  const tokens = tagWindow(window);
  let at = from;
  let k = 0;
  while (k < tokens.length && at < i) at += tokens[k++]!.word.length;
  if (at !== i) return undefined;
  const prevTag = k > 0 ? tokens[k - 1]!.tag : '';
  // 来自于某某: 于 after a verb ending in 自 is its preposition (names.ts prepositionYu).
  if (surname === '于' && text[i - 1] === '自' && prevTag[0] === 'v') return undefined;
  // 库布|鲁京斯: a surname of foreign sound after a token all of foreign sounds ends their run.
  if (k > 0 && allForeign(text[i]! + tokens[k - 1]!.word)) return undefined;
  // The name: one token (nr, or x for a word jieba's HMM found), or the surname alone then one.
  const first = tokens[k];
  if (!first) return undefined;
  let name = first.word;
  let kind = first.tag;
  if (name === surname && tokens[k + 1] && tokens[k + 1]!.word.length <= 2) {
    name += tokens[k + 1]!.word;
    const next = tokens[k + 1]!;
    // 高 + 水平/n is an adjective and a noun; 于 + 有斌/x a name jieba did not know.
    kind =
      next.tag === 'x'
        ? 'x'
        : next.word.length > 1 && !/^(nr|nrfg)$/.test(next.tag)
          ? 'word'
          : 'split';
  }
  // 某博是一家…: jieba's HMM glues 是/还/就 to a two-character name it does not know (某博是/x).
  if (
    kind === 'x' &&
    name.length === surname.length + 2 &&
    subjectOfClause(text, i, i + name.length - 1)
  )
    name = name.slice(0, -1);
  // A three-character dictionary word tagged otherwise (周恩来/t, 刘彦彬/nz): the statistics decide.
  if (name.length === surname.length + 2 && NOISY_TAG.test(kind)) kind = 'nr';
  const given = name.slice(surname.length);
  if (given.length < 1 || given.length > 2 || !isPlausibleGivenName(given)) return undefined;
  if (kind !== 'x' && s2 < MIN_GIVEN_CHAR_KNOWN && !heldWhole(kind, given, text, g))
    return undefined;
  if (!KINDS.test(kind) || NOT_GIVEN_NAME.test(given) || TRANSLITERATED_GIVEN.test(given))
    return undefined;
  // 斯托克, 桑普多, 乌迪内: every character is a transliteration's (a club, a place, a foreign name cut).
  if (allForeign(name)) return undefined;
  // 索斯盖, 但威廉: a character HanLP's counts seldom see as a surname (below 3 uses in 10).
  if (surname.length === 1 && surnameEvidence(surname).share < MIN_SURNAME_SHARE) return undefined;
  if (
    knownPlaces(name) ||
    isForeignPlace(name) ||
    COMMON_PAIRS.has(name.slice(0, surname.length + 1))
  )
    return undefined;
  // A given name that is a frequent word (唐+胜利, 高+水平) needs the statistics to say name loudly.
  // When jieba's dictionary holds the whole as a "name" (高水平/nr), it is the word; not where
  // names use the pair far more than words do (某建华, 某亚平: frequent as so many bear it; not 夏玉米).
  const givenIsWord = COMMON_PAIRS.has(given);
  const namesPair =
    given.length === 2 &&
    s2 + score(THIRD, text, g + 1) >= NAMES_PAIR &&
    dictionaryFrequency(given) < NAMES_PAIR_WORD;
  if (givenIsWord && kind.startsWith('nr') && !namesPair) return undefined;
  const end = i + name.length;
  // 华北和黄淮等旱区, 某某等地: a list closed by 等 and a word for areas lists places, not people.
  if (PLACES_LIST_END.test(text.slice(end, end + 5))) return undefined;
  const opens = i === 0 || OPEN.test(text[i - 1]!) || /^[vpc]/.test(prevTag);
  const closes = CLOSE.test(text.slice(end, end + 1)) || followedByNameWord(text, end);
  // Two characters are as often a word (阳光/nr, 金凤): a clause start and a name word must frame it.
  if (
    given.length === 1 &&
    !(
      (opens && NAME_WORD.test(text.slice(end, end + 4)) && !/^[和与的]/.test(text[end]!)) ||
      subjectOfClause(text, i, end) ||
      TITLE_AFTER_NAME.test(text.slice(end, end + 3))
    )
  )
    return undefined;
  let total = s2 + (given.length === 2 ? score(THIRD, text, g + 1) : 0);
  if (kind.startsWith('nr') && given.length === 2) total += 1;
  if (given.length === 1) total -= 0.5;
  if (opens) total += 0.5;
  if (closes) total += 0.5;
  if (givenIsWord || kind === 'word') total -= GIVEN_WORD_PENALTY;
  return total >= MIN_NAME_SCORE ? name : undefined;
}

/** 等 then a word for areas (等地, 等旱区, 等省份, 等国家): the list before it is of places. */
const PLACES_LIST_END = /^等\p{Script=Han}?(地区|区域|地|区|省份|省|城市|市|县|国家|国|流域|海域)/u;

/**
 * A three-character name jieba's dictionary holds whole as a person's (nr: its historical and public
 * figures), whose given name scores high as a whole though its first character alone does not.
 */
// 0.5 on the dev splits (bench:ner --split dev): 1 left out 王淦昌, 李时珍; lower let in 季后赛/nr.
const HELD_WHOLE_GIVEN = 0.5;
const heldWhole = (kind: string, given: string, text: string, g: number) =>
  kind === 'nr' &&
  given.length === 2 &&
  score(SECOND, text, g) + score(THIRD, text, g + 1) >= HELD_WHOLE_GIVEN &&
  // 张自忠路: a street named after the person is no mention of them.
  !/[路街巷桥]/.test(text[g + 2] ?? '');

/**
 * 某柔还担任过…, 某龙将此事…, 某刚就成了…: a two-character name opening a sentence or a clause
 * after punctuation, with an adverb or 是 right after it, is the clause's subject (the given
 * character must still score as a name's: the total below).
 */
// Not 才: it ends given names too often (某有才, 某尚才).
const SUBJECT_PREDICATE = /^[是就也还曾已又都便将即仍亦遂]/;
const subjectOfClause = (text: string, i: number, end: number) =>
  (i === 0 || OPEN.test(text[i - 1]!)) &&
  SUBJECT_PREDICATE.test(text[end] ?? '') &&
  // 某泉又称…, 某某即名…: a term being defined; 某老就是…: an honorific, not the name.
  !/^[称名叫指]/.test(text[end + 1] ?? '') &&
  text[end - 1] !== '老';

/** Below this HanLP count as a given name's character a doubled one is no name (常常). */
const MIN_DOUBLED_GIVEN = 50;
/**
 * 马琴琴就是…, 王芳芳说: a surname and a doubled given character, opening a clause. Ordinary
 * reduplications are dictionary words (刚刚, 常常, 天天) or use characters names seldom do.
 */
function doubledGivenName(text: string, i: number, surname: string): string | undefined {
  const g = i + surname.length;
  const c = text[g];
  if (!c || c !== text[g + 1] || c === text[g + 2] || c === surname || !/\p{Script=Han}/u.test(c))
    return undefined;
  if (i > 0 && !OPEN.test(text[i - 1]!)) return undefined;
  if (isCommonWord(c + c) || isCommonWord(surname + c)) return undefined;
  if (givenCount(c, 'C') + givenCount(c, 'D') < MIN_DOUBLED_GIVEN) return undefined;
  return surname + c + c;
}

/** A title printed after a name (彭真同志, 李鹏总理): a two-character name needs nothing more. */
const TITLE_AFTER_NAME =
  /^(同志|总理|副总理|主席|副主席|总统|副总统|委员长|总书记|首相|国务卿|外长|先生|女士)/;

/**
 * Lists of names (王楠、杨影、王晨和成红霞): once one item is a name, the other items of a name's
 * shape next to it, separated by 、 or 和, are names too (two-character ones included).
 */
export function listNeighbours(
  text: string,
  found: readonly { start: number; end: number }[],
): { name: string; start: number }[] {
  const taken = new Set(found.map((f) => f.start));
  const out: { name: string; start: number }[] = [];
  const spans = [...found, ...otherMentions(text, found)];
  for (const f of spans) taken.add(f.start);
  const visit = (start: number, end: number, step: 1 | -1) => {
    for (let n = 0; n < 8; n++) {
      const item = step > 0 ? itemAfter(text, end) : itemBefore(text, start);
      if (!item || taken.has(item.start)) return;
      taken.add(item.start);
      out.push(item);
      [start, end] = [item.start, item.start + item.name.length];
    }
  };
  for (const f of spans) {
    visit(f.start, f.end, 1);
    visit(f.start, f.end, -1);
  }
  return out;
}

// 甲、乙等参加: 等 closes a list of people only before what people do or how many they are
// (not 乙等地, 乙等单位: places and bodies).
const LIST_ITEM =
  /^\p{Script=Han}{2,3}(?=$|[、和及，。；）)\s]|等(?:同志|人|参加|出席|陪同|参会|一同|分别|领导|[\d一二三四五六七八九十多几]))/u;
/** 甲、乙, 甲和乙, and the slash of doubles pairs (甲/乙夺得冠军). */
const SEPARATOR = /[、和及/／]/;
function itemAfter(text: string, end: number): { name: string; start: number } | undefined {
  if (!SEPARATOR.test(text[end] ?? '')) return undefined;
  const foreign = foreignItemAfter(text, end + 1);
  if (foreign) return { name: foreign, start: end + 1 };
  const m = LIST_ITEM.exec(text.slice(end + 1, end + 8));
  if (m && isListName(m[0])) return { name: m[0], start: end + 1 };
  const last = text[end] === '、' ? undefined : lastItemAfter(text, end + 1);
  return last ?? lastItemBeforePredicate(text, end);
}

/** What follows a list's last item as its predicate: 某甲和某乙在…, 都是, 均因伤… (not 的: places). */
const ITEM_PREDICATE = /^[在都均也是将已就还又曾正]/;
/** A verb, adverb or preposition of two characters or more in jieba's reading (某乙成为…). */
const verbAt = (text: string, at: number) => {
  const first = tag(text.slice(at, at + 4))[0];
  return !!first && first.word.length > 1 && /^[vdp]/.test(first.tag);
};
/**
 * 某甲和某乙都是…: the item after 和/及 closing a list, with the predicate glued on; three
 * characters first (某某某|都), then two (某某|在).
 */
function lastItemAfter(text: string, at: number): { name: string; start: number } | undefined {
  for (const len of [3, 2]) {
    const name = text.slice(at, at + len);
    // 某某|都是: a last character that opens the predicate is not the name's.
    if (
      !/^\p{Script=Han}+$/u.test(name) ||
      name.length !== len ||
      ITEM_PREDICATE.test(name[2] ?? '')
    )
      continue;
    if (!ITEM_PREDICATE.test(text[at + len] ?? '') && !verbAt(text, at + len)) continue;
    if (isListName(name)) return { name, start: at };
  }
  return undefined;
}

function lastItemBeforePredicate(
  text: string,
  end: number,
): { name: string; start: number } | undefined {
  // 甲和乙丙密切观察: the last item runs straight into the predicate, a verb, adverb, preposition
  // or conjunction of two characters or more that the segmenter starts right after the name.
  for (const len of [3, 2]) {
    const name = text.slice(end + 1, end + 1 + len);
    if (predicateItem(name) && opensPredicate(text, end + 1 + len)) return { name, start: end + 1 };
  }
  return undefined;
}
/**
 * The last item before the predicate: a list name, or one whose given name is also a word (王|亚平,
 * 刘|海洋) where the segmenter reads the surname as a name of its own or the whole as one name.
 */
function predicateItem(name: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(name)) return false;
  if (isListName(name)) return true;
  const surname = surnameAt(name, 0);
  if (!surname || name.length - surname.length < 1) return false;
  const given = name.slice(surname.length);
  const [first] = tag(name);
  return (
    isPlausibleListedGivenName(given) &&
    !NOT_GIVEN_NAME.test(given) &&
    !TRANSLITERATED_GIVEN.test(given) &&
    !COMMON_PAIRS.has(name.slice(0, surname.length + 1)) &&
    first?.tag === 'nr' &&
    (first.word === surname || first.word === name)
  );
}
function opensPredicate(text: string, at: number): boolean {
  const first = tag(text.slice(at, at + 6))[0];
  return (
    !!first && first.word.length > 1 && /^(v|d|ad|p|c|t)$/.test(first.tag) && wordEndsAt(text, at)
  );
}
function itemBefore(text: string, start: number): { name: string; start: number } | undefined {
  if (!SEPARATOR.test(text[start - 1] ?? '')) return undefined;
  const foreign = foreignItemBefore(text, start - 1);
  if (foreign) return { name: foreign, start: start - 1 - foreign.length };
  // 组合甲/乙: a doubles pair may follow a word (组合, 选手) that the segmenter ends before it.
  const slash = /[/／]/.test(text[start - 1]!);
  for (const len of [3, 2]) {
    const at = start - 1 - len;
    // 由甲、乙组成: a preposition opening the list (由, 被) is no surname of its first item.
    if (
      len === 3 &&
      LIST_PREPOSITION.test(text[at] ?? '') &&
      isListName(text.slice(at + 1, start - 1))
    )
      continue;
    const opens =
      at === 0 ||
      (LIST_PREPOSITION.test(text[at - 1] ?? '') &&
        /^[、：:，。；（(\s]?$/.test(text[at - 2] ?? '')) ||
      /[、：:，。；（(\s]/.test(text[at - 1] ?? '') ||
      LIST_OPENER.test(text.slice(Math.max(0, at - 2), at)) ||
      (slash && wordEndsAt(text, at));
    if (at < 0 || !opens) continue;
    const name = text.slice(at, start - 1);
    if (isListName(name)) return { name, start: at };
  }
  return undefined;
}
/** Prepositions that open a list of people as a clause's agent (由甲、乙组成, 被甲、乙夺得). */
const LIST_PREPOSITION = /[由被]/;
function isListName(name: string): boolean {
  const surname = surnameAt(name, 0);
  if (!surname || name.length - surname.length < 1) return false;
  const given = name.slice(surname.length);
  return (
    isPlausibleListedGivenName(given) &&
    !NOT_GIVEN_NAME.test(given) &&
    !TRANSLITERATED_GIVEN.test(given) &&
    (!readsAsFrequentWords(name, surname.length) || namedInDictionary(name))
  );
}
/**
 * 习近平、李强、赵乐际: a frequent pair that jieba's dictionary itself tags as a known person's
 * name (nrfg) is a name between a list's commas; not X家 (张家, 刘家: a family, also nrfg).
 */
const namedInDictionary = (name: string) => {
  const words = name.length === 2 && name[1] !== '家' ? tag(name) : [];
  return words.length === 1 && words[0]!.tag === 'nrfg';
};

/**
 * Words that follow a name: a speech verb, a title after the name, 同志, 等, and the national
 * news' formulas for who attended (某某参加会见, 某某出席, 某某陪同, 某某主持).
 */
const NAME_WORD = new RegExp(
  `^(${[...gazetteer().lexicon.speechVerbs, '同志', '先生', '女士', '等', '主席', '总理', '总书记', '副主席', '副总理', '委员长', '部长', '省长', '市长', '书记', '教授', '院士', '说', '指出', '强调', '会见', '会谈', '致电', '访问', '率领', '和', '与', '的', '参加会见', '参加会谈', '参加上述', '出席', '陪同', '主持'].sort((a, b) => b.length - a.length).join('|')})`,
);
export function followedByNameWord(text: string, end: number): boolean {
  return NAME_WORD.test(text.slice(end, end + 4));
}
