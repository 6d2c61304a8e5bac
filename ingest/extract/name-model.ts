/**
 * Names seen without a title next to them (胡锦涛要求…, 会见了钱其琛和于有斌): a surname from the
 * gazetteer, then a given name whose characters are far likelier in names than in ordinary words
 * (name-stats.json, derived from jieba's dictionary), where jieba's segmentation of the window
 * agrees that a word starts at the surname and ends after the given name. The segmenter is asked
 * only when the character statistics already pass: it is the costly step.
 */
import { codeTest } from '../text/code-tables.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag, tagWindow } from '../text/segmenter.ts';
import { NAMES_PAIR_WORD } from './frequency-thresholds.ts';
import { isPlausibleGivenName, NOT_IN_GIVEN_NAME, surnameAt } from './names.ts';
import { isForeignPlace } from './transliterations.ts';
import { prepositionYu } from './glued-surnames.ts';
import { COMMON_PAIRS, allForeign, isCommonPairAt, SECOND, THIRD, score } from './name-stats.ts';
import { onlyAroundNames, surnameEvidence } from './person-roles.ts';
import { FUNCTION_SURNAMES, oneOf, without } from '../text/function-words.ts';
import type { KnownPlaces } from './facts.ts';
import {
  ADDRESS_AFTER_NAME,
  CLOSE,
  followedByNameWord,
  NAME_WORD,
  NOT_GIVEN_NAME,
  OPEN,
  TITLE_AFTER_NAME,
  TRANSLITERATED_GIVEN,
} from './name-frame.ts';
import {
  doubledGivenName,
  framedSubject,
  heldWhole,
  subjectHeldWhole,
  subjectOfClause,
  verbOpensAt,
} from './name-clause.ts';

/** Below this a first given character never starts a name (cheap test before segmenting). */
const MIN_GIVEN_CHAR = -1;
/** Below this it starts one only where jieba's HMM read a new word (于有斌: 有 is common in words). */
const MIN_GIVEN_CHAR_KNOWN = 0;
/** Tuned on the MSRA validation split and CLUENER train (bench:ner --split dev). */
const MIN_NAME_SCORE = 0.5;
const GIVEN_WORD_PENALTY = 1.5;
/** A frequent pair as given name: this as a name's (建华 1.5; 海洋 0.7), under NAMES_PAIR_WORD as a word's. */
const NAMES_PAIR = 1.2;
/** A surname by sight must be one in at least this share of its uses in HanLP's counts. */
const MIN_SURNAME_SHARE = 0.3;

/** jieba's reading of the name: a dictionary name, a new word of its HMM, or surname + one more. */
const KINDS = /^(nr|nrfg|x|split|word)$/;
/** jieba tags a few names as time words or other proper nouns (周恩来/t, 刘彦彬/nz). */
const NOISY_TAG = /^(t|nz)$/;
/** The first two given characters together must score this before jieba is asked (bench:ner dev). */
const T3 = -0.5;
/** Surnames that are also function words: 和孙晋 is 和 + a name, not a name. */
const FUNCTION_SURNAME = oneOf(FUNCTION_SURNAMES);
/** The same read alone as a conjunction or preposition, but for 于: a common surname (于某). */
const CONJUNCTIONS = oneOf(without(FUNCTION_SURNAMES, '于'), '^', '$');

/** Asked at every surname of a story, by code (code-tables.ts): a numeral, a Han character. */
const isNumeralAt = codeTest(/[0-9０-９一二三四五六七八九十百千万亿两几]/);
const isHanCharAt = codeTest(/\p{Script=Han}/u);
/** The name starting at i by character statistics and segmentation, if any. */
export function nameBySight(
  text: string,
  i: number,
  knownPlaces: KnownPlaces = () => false,
): string | undefined {
  const surname = surnameAt(text, i);
  // 20吉瓦时, 3万名: a number is followed by a unit or measure word, not a name.
  if (!surname || isNumeralAt(text, i - 1)) return undefined;
  const g = i + surname.length;
  const doubled = doubledGivenName(text, i, surname);
  if (doubled) return doubled;
  const s2 = score(SECOND, text, g);
  if (s2 < MIN_GIVEN_CHAR || !isHanCharAt(text, g)) return undefined;
  if (surname.length === 1 && FUNCTION_SURNAME.test(surname) && surnameAt(text, g))
    return undefined;
  // 和雨污分流: with no other evidence, a conjunction or preposition is not read as a surname.
  if (CONJUNCTIONS.test(surname)) return undefined;
  // 某某之孙某某 (the grandson of): after 之 the kinship word 孙, not a surname, is read.
  if (surname === '孙' && text[i - 1] === '之') return undefined;
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
  // 来自于某某: 于 after a verb ending in 自 is its preposition.
  if (prepositionYu(text, i)) return undefined;
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
  // 贺词/nr, 荣获/nr (他曾|荣获, cctv36b): a jieba "name" HanLP's counts see only around names.
  const jiebaName = name.length === first.word.length ? name : name.slice(first.word.length);
  if (onlyAroundNames(jiebaName)) return undefined;
  // A three-character dictionary word tagged otherwise (周恩来/t, 刘彦彬/nz): the statistics decide.
  if (name.length === surname.length + 2 && NOISY_TAG.test(kind)) kind = 'nr';
  if (kind === 'x') name = withGluedLast(text, i, name, surname);
  const given = name.slice(surname.length);
  if (given.length < 1 || given.length > 2 || !isPlausibleGivenName(given)) return undefined;
  // 东方|文明, 东方|白鹳: a compound surname jieba reads as a word of its own (东方/s, 上官/n)
  // before a given name that is a word too is two words (the east's civilisation, a stork).
  if (
    surname.length === 2 &&
    first.word === surname &&
    !/^nr/.test(first.tag) &&
    given.length === 2 &&
    (COMMON_PAIRS.has(given) || isCommonWord(given) || dictionaryFrequency(given) > 0)
  )
    return undefined;
  // 孙中山先生, 的彭真同志: an address word printed after the name is the person's own evidence.
  const addressed = ADDRESS_AFTER_NAME.test(text.slice(i + name.length, i + name.length + 2));
  if (
    kind !== 'x' &&
    s2 < MIN_GIVEN_CHAR_KNOWN &&
    !heldWhole(kind, given, text, g) &&
    !addressed &&
    !(name === first.word && subjectHeldWhole(text, i, kind, name))
  )
    return undefined;
  // A place's or thing's ending (中山, 宝塔) takes no 先生 or 同志: the address outweighs it.
  const notGiven = NOT_GIVEN_NAME.test(given) && !(addressed && given.length === 2);
  if (!KINDS.test(kind) || notGiven || TRANSLITERATED_GIVEN.test(given)) return undefined;
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
  const framed = givenIsWord && framedSubject(text, i, prevTag, i + name.length);
  if (givenIsWord && kind.startsWith('nr') && !namesPair && !addressed && !framed) return undefined;
  // 至高|荣誉, 崇高|荣誉: a surname jieba reads alone as an adjective (高/a) before a given name
  // that is a frequent word is the adjective and its noun (people42-a, b).
  if (givenIsWord && kind === 'split' && first.tag === 'a' && !namesPair && !addressed)
    return undefined;
  const end = i + name.length;
  // 是高光谱遥感卫星: the adjective (高/a) before a dictionary noun (光谱/n), then at once a noun or
  // a modifier (遥感/a) with no pause, is a noun phrase, however name-like the pair (cctv29a); a
  // name goes on with a verb or a preposition (高海洋在…).
  if (
    name === first.word + tokens[k + 1]?.word &&
    first.tag === 'a' &&
    tokens[k + 1]?.tag === 'n' &&
    dictionaryFrequency(given) > 0 &&
    !addressed &&
    /^(n|nz|a|an|vn|b)$/.test(tokens[k + 2]?.tag ?? '') &&
    !followedByNameWord(text, end)
  )
    return undefined;
  // 华北和黄淮等旱区, 某某等地: a list closed by 等 and a word for areas lists places, not people.
  if (PLACES_LIST_END.test(text.slice(end, end + 5))) return undefined;
  // 研学、沙龙等活动, 烧烤、熊猫等标签: a list closed by 等 and a word for things lists things.
  if (THINGS_LIST_END.test(text.slice(end, end + 6))) return undefined;
  // 谷神星一号遥五运载火箭, 某某三号卫星: a name and a serial number (…号) name a craft, no person.
  if (/^[一二三四五六七八九十0-9０-９]{1,3}号/.test(text.slice(end, end + 4))) return undefined;
  // MPCVD金刚石研发: Latin letters glued before the word name a technique or a model, and the word
  // runs on into a noun with no pause; a name after an acronym (CEO某某表示) closes (blocal-f).
  if (
    /[A-Za-z]/.test(text[i - 1] ?? '') &&
    !CLOSE.test(text[end] ?? '') &&
    !followedByNameWord(text, end)
  )
    return undefined;
  // 漫游在白桦林间: a place word between 在 and a locative (间, 里) is where something happens;
  // no one is "在某某间" (cctv29a).
  if (text[i - 1] === '在' && /^[间里内](?:[，。、；！？]|$)/.test(text.slice(end, end + 2)))
    return undefined;
  const opens = i === 0 || OPEN.test(text[i - 1]!) || /^[vpc]/.test(prevTag);
  // 拿到真|金白银: a one-character adverb (真/d) opens no name; the characters end an idiom.
  if (prevTag === 'd' && tokens[k - 1]!.word.length === 1) return undefined;
  // 。某亚平执行…任务: a name opening a clause closes before the clause's verb as before a pause.
  const closes =
    CLOSE.test(text.slice(end, end + 1)) ||
    followedByNameWord(text, end) ||
    ((i === 0 || OPEN.test(text[i - 1]!)) && verbOpensAt(text, end));
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
  if (addressed) total += 0.5;
  if (givenIsWord || kind === 'word') total -= GIVEN_WORD_PENALTY;
  return total >= MIN_NAME_SCORE ? name : undefined;
}

/**
 * 。某升|民主|持仪式: jieba glues a name's last character to the next one in a word (民主), leaving
 * surname and one character. Where a word that follows names (主持, 表示) opens right after that
 * character, which may end a given name, the name takes it; not where the given name and it make a
 * word (某明天主持: 明天, tomorrow). Asked only where jieba's HMM read the surname and one character
 * as a new word (x): a dictionary word there (贺信, 祝贺) is no name cut short.
 */
function withGluedLast(text: string, i: number, name: string, surname: string): string {
  const end = i + name.length;
  if (name.length !== surname.length + 1 || !isHanCharAt(text, end)) return name;
  if (
    followedByNameWord(text, end) ||
    (NAME_WORD.exec(text.slice(end + 1, end + 5))?.[1]?.length ?? 0) < 2
  )
    return name;
  if (!isCommonWord(text.slice(end, end + 2)) || isCommonWord(text.slice(end - 1, end + 1)))
    return name;
  // 贺信|中指出, 祝贺|并提出: only a pair jieba's HMM read as a new word (某升/x, the caller's
  // test), and no character names never hold (并, 让).
  if (NOT_IN_GIVEN_NAME.has(text[end]!)) return name;
  return score(THIRD, text, end) >= MIN_GLUED_LAST ? text.slice(i, end + 1) : name;
}
/** A character glued into the next word ends the name only if it scores this as a last one. */
const MIN_GLUED_LAST = -0.5;

/**
 * 等 then a word for kinds of things (等活动, 等领域, 等标签, 等高铁: cctv36b), maybe counted first
 * (等多品种, 等各类产品) or called new (等新业态, cctv29b): never what a list of people closes on.
 */
const THINGS_LIST_END =
  /^等(?:多|各|多种|多个|多项|各类|各种|新)?(活动|领域|方面|问题|目标|服务|情况|项目|资源|方式|形式|政策|行业|产品|标签|品种|元素|内容|业态|特色|美食|景点|赛事|节目|作物|高铁|铁路|线路|航线|公路)/;

/** 等 then a word for areas (等地, 等旱区, 等省份, 等国家): the list before it is of places. */
const PLACES_LIST_END = /^等\p{Script=Han}?(地区|区域|地|区|省份|省|城市|市|县|国家|国|流域|海域)/u;
