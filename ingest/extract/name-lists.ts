/**
 * Lists of names (王楠、杨影、王晨和成红霞, 甲和乙都是…, 由甲、乙组成): the items next to a name
 * found by a rule. Moved out of name-model.ts (one concern per file; the list rules read the
 * name model's shape tests, not the other way round).
 */
import { isTibetanNameWord, tibetanNameAt } from './tibetan-names.ts';
import { otherMentions } from './other-mentions.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { isPlausibleListedGivenName, namedInDictionary, surnameAt } from './names.ts';
import {
  foreignItemAfter,
  foreignItemBefore,
  isForeignPlace,
  LIST_OPENER,
} from './transliterations.ts';
import { wordEndsAt } from './foreign-names.ts';
import { COMMON_PAIRS, readsAsFrequentWords, score, THIRD } from './name-stats.ts';
import { NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { rollItems } from './name-rolls.ts';
import { spacedItemAfter, spacedItemBefore } from './spaced-names.ts';
import { featureGivenName, namesBetweenNames } from './names-between-names.ts';
import { LIST_PREDICATES, oneOf } from '../text/function-words.ts';

/**
 * Lists of names (王楠、杨影、王晨和成红霞): once one item is a name, the other items of a name's
 * shape next to it, separated by 、 or 和, are names too (two-character ones included).
 */
export function listNeighbours(
  text: string,
  found: readonly { start: number; end: number }[],
): { name: string; start: number; end?: number }[] {
  const taken = new Set(found.map((f) => f.start));
  const out: { name: string; start: number; end?: number }[] = [];
  const spans = [...found, ...otherMentions(text, found)];
  for (const f of spans) taken.add(f.start);
  const visit = (start: number, end: number, step: 1 | -1) => {
    for (let n = 0; n < 8; n++) {
      const item = step > 0 ? itemAfter(text, end) : itemBefore(text, start);
      if (!item || taken.has(item.start)) return;
      taken.add(item.start);
      out.push(item);
      [start, end] = [item.start, item.end ?? item.start + item.name.length];
    }
  };
  for (const f of spans) {
    visit(f.start, f.end, 1);
    visit(f.start, f.end, -1);
  }
  out.push(...namesBetweenNames(text, [...spans, ...out.map(withEnd)], taken)); // 甲、栗某某、乙
  // A long roll (甲、乙、…等老同志) names the items the walk above stopped at (name-rolls.ts).
  if (spans.length + out.length >= 4)
    out.push(...rollItems(text, [...spans, ...out.map(withEnd)], taken));
  return out;
}

const withEnd = (i: { name: string; start: number }) => ({ ...i, end: i.start + i.name.length });

// 甲、乙等参加: 等 closes a list of people only before what people do or how many they are
// (not 乙等地, 乙等单位: places and bodies); 甲和乙三名航天员: so does their count (名, 位).
// 出席的还有：甲、乙等。: and at the end of a sentence, where the list is a roll of those present
// (people59-a: the closing session's roll lost its last name, 等 glued to it).
const LIST_ITEM_AFTER = (n: string | number) =>
  `^\\p{Script=Han}{${n}}(?=$|[、和及，。；（()）)\\s]|[两三四五六七八九十]+[名位]|等(?:同志|人|参加|出席|陪同|参会|一同|分别|领导|[。；]|[\\d一二三四五六七八九十多几]))`;
const LIST_ITEM = new RegExp(LIST_ITEM_AFTER('2,3'), 'u');
const TWO_ITEM = new RegExp(LIST_ITEM_AFTER(2), 'u');

/** The same item of four characters, a two-character surname opening it (欧阳某某, 上官某某). */
const COMPOUND_ITEM = new RegExp(LIST_ITEM_AFTER(4), 'u');
/**
 * 甲、欧阳某某、乙: an item of four characters whose surname is one of two characters (欧阳, 上官,
 * 司马) is a list item as a name of two or three is; the walk stopped at it and lost the items
 * after it (pairs46: a roll of speakers lost its last three).
 */
const compoundItemAt = (text: string, at: number) =>
  surnameAt(text, at)?.length === 2 ? COMPOUND_ITEM.exec(text.slice(at, at + 9)) : null;
/**
 * 甲、乙等杰出科学家: 等 and, within four characters, an occupation (科学家, 企业家, 运动员) close the
 * list's last item as they close 等人 (people18: 王淦昌、邓稼先等杰出科学家, cctv22e). Places and
 * bodies (乙等地, 乙等单位) name no occupation.
 */
function itemBeforeOccupation(
  text: string,
  at: number,
): { name: string; start: number } | undefined {
  for (const len of [3, 2]) {
    if (text[at + len] !== '等') continue;
    const name = text.slice(at, at + len);
    if (!/^\p{Script=Han}+$/u.test(name) || !isListName(name)) continue;
    for (let k = at + len + 1; k <= at + len + 5; k++)
      for (let n = 2; n <= 4; n++)
        if (occupations.has(text.slice(k, k + n))) return { name, start: at };
  }
  return undefined;
}
const occupations = gazetteer().occupations;
/** 甲、洛桑某某、丙: a Tibetan name (tibetan-names.ts) that a separator or clause end closes. */
const tibetanItem = (text: string, at: number) => {
  const name = at >= 0 ? (tibetanNameAt(text, at) ?? tibetanUnlisted(text, at)) : undefined;
  if (!name) return undefined;
  const end = at + name.length;
  // 甲、丹增某某等。, 甲、多吉某某出席: 等 or the list's predicate closes the last item too (people60).
  return /^($|[、和及，。；\s等])/.test(text.slice(end, end + 1)) ||
    ITEM_PREDICATE.test(text[end] ?? '') ||
    verbAt(text, end) ||
    gazetteer().nameFollowerIndex.longestAt(text, end) !== undefined
    ? name
    : undefined;
};
/**
 * 甲、白玛某某、丙: in a list, a Tibetan name word then two characters the segmenter knows as no word
 * (x, its HMM's guess) is a Tibetan name whose second word the table of tibetan-names.ts lacks; the
 * list went on past it before only where both words were listed (pairs38: the rest of a title's
 * list lost its post at such a name).
 */
function tibetanUnlisted(text: string, at: number): string | undefined {
  if (!isTibetanNameWord(text.slice(at, at + 2))) return undefined;
  const second = tag(text.slice(at + 2, at + 4));
  return second.length === 1 &&
    second[0]!.tag === 'x' &&
    /^\p{Script=Han}{2}$/u.test(second[0]!.word)
    ? text.slice(at, at + 4)
    : undefined;
}
/**
 * 甲、钟山、乙: an item whose given name ends as a place's does (山, 江, 城) is still a name where
 * jieba's dictionary holds the whole as a person's name (nr) and a name's shape follows the next
 * 、 (people59-a: a roll of 22 executive chairmen lost its shared title from such a name on).
 */
function personWordBetweenNames(text: string, at: number, item: string): boolean {
  const after = at + item.length;
  if (text[after] !== '、' || !surnameAt(item, 0)) return false;
  return loneWord(item, 'nr') && nameShapeAt(text, after + 1);
}
/**
 * The two tests of an item between names (personWordBetweenNames: a person's word, nr;
 * unknownBetweenNames: no word, x): jieba reads the item as one word of that tag, and no foreign
 * place; and a name's shape (two or three characters closed by a joint or a stop) stands at `from`.
 */
function loneWord(item: string, wordTag: 'nr' | 'x'): boolean {
  const tokens = tag(item);
  return tokens.length === 1 && tokens[0]!.tag === wordTag && !isForeignPlace(item);
}
const nameShapeAt = (text: string, from: number) =>
  [3, 2].some((n) => /^[、和及，。等]/.test(text[from + n] ?? '') && nameShaped(text, from, n));
/** 甲、乙, 甲和乙, and the slash of doubles pairs (甲/乙夺得冠军). */
const SEPARATOR = /[、和及/／]/;
function itemAfter(
  text: string,
  at: number,
): { name: string; start: number; end?: number } | undefined {
  const end = afterNote(text, at);
  if (!SEPARATOR.test(text[end] ?? '')) return undefined;
  const spaced = spacedItemAfter(text, end + 1);
  if (spaced) return spaced;
  const foreign = foreignItemAfter(text, end + 1) ?? tibetanItem(text, end + 1);
  if (foreign) return { name: foreign, start: end + 1 };
  const window = text.slice(end + 1, end + 8);
  const m = LIST_ITEM.exec(window) ?? compoundItemAt(text, end + 1);
  if (m && (isListName(m[0]) || conjunctionInGiven(text, end + 1, m[0])))
    return { name: m[0], start: end + 1 };
  // 甲、乙丙等。: the three characters with 等 are no name; the two before it may be.
  const two = m?.[0].endsWith('等') ? TWO_ITEM.exec(text.slice(end + 1, end + 5)) : null;
  if (two && isListName(two[0])) return { name: two[0], start: end + 1 };
  if (m && personWordBetweenNames(text, end + 1, m[0])) return { name: m[0], start: end + 1 };
  const etc = itemBeforeOccupation(text, end + 1);
  if (etc) return etc;
  if (unknownBetweenNames(text, end + 1, 1))
    return { name: text.slice(end + 1, end + 3), start: end + 1 };
  const last = text[end] === '、' ? undefined : lastItemAfter(text, end + 1);
  return last ?? lastItemBeforePredicate(text, end);
}

/**
 * 甲、铁某、乙 and 甲、琼某、丙·丁: two characters between separators that the segmenter knows as
 * no word (x, its HMM's guess), right after or before a found name, are a name too when a name's
 * shape stands on their other side, whatever the first character (a surname outside the
 * gazetteer, a Tibetan name with none). The list's first item needs no other side: a clause or
 * an occupation opens it (，铁某、乙出席; 作家铁某、乙; people20).
 */
function unknownBetweenNames(text: string, at: number, step: 1 | -1): boolean {
  const item = text.slice(at, at + 2);
  // The list's first item, before a found name: opened by a clause or an occupation (作家铁某、乙).
  const first =
    step < 0 && (at === 0 || /[。，：:\n]/.test(text[at - 1]!) || occupationBefore(text, at));
  if (
    text[at + 2] !== '、' ||
    (text[at - 1] !== '、' && !first) ||
    !/^\p{Script=Han}{2}$/u.test(item)
  )
    return false;
  if (!loneWord(item, 'x')) return false;
  if (first && text[at - 1] !== '、') return true;
  if (step < 0)
    return [3, 2].some(
      (n) => /^[、：:，。\s]?$/.test(text[at - 2 - n] ?? '') && nameShaped(text, at - 1 - n, n),
    );
  return (
    /^\p{Script=Han}{2,4}[·・]\p{Script=Han}/u.test(text.slice(at + 3, at + 12)) ||
    nameShapeAt(text, at + 3)
  );
}
const occupationBefore = (text: string, at: number) =>
  [2, 3].some((n) => occupations.has(text.slice(at - n, at)));
/** n characters of Han from `from`, a one-character surname and a given name of a list's shape. */
const nameShaped = (text: string, from: number, n: number) =>
  from >= 0 &&
  /^\p{Script=Han}+$/u.test(text.slice(from, from + n)) &&
  surnameAt(text, from)?.length === 1 &&
  isPlausibleListedGivenName(text.slice(from + 1, from + n));

/** What follows a list's last item as its predicate: 某甲和某乙在…, 都是, 均因伤… (not 的: places). */
export const ITEM_PREDICATE = oneOf(LIST_PREDICATES, '^');
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
  // 甲、乙和丙海潮正将…: or a one-character adverb or preposition of the predicate (正, 在, 都),
  // where the item's given name is a word (海潮) and so no list name.
  for (const len of [3, 2]) {
    const name = text.slice(end + 1, end + 1 + len);
    const at = end + 1 + len;
    const glued = ITEM_PREDICATE.test(text[at] ?? '') && !ITEM_PREDICATE.test(name.at(-1) ?? '');
    if (predicateItem(name) && (opensPredicate(text, at) || glued)) return { name, start: end + 1 };
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
  const verb = !!first && (/^(v|d|ad|p|c|t)$/.test(first.tag) || MEETING_VERB.has(first.word));
  return !!first && first.word.length > 1 && verb && wordEndsAt(text, at);
}
/**
 * 与甲、乙座谈: what people meet to do, which jieba tags as nouns (座谈, 交流, 合影, 见面; 列席会议
 * as one word), ends a list of the people met as a verb does (local45, local46: the item after 、
 * was lost).
 */
const MEETING_VERB = new Set(['座谈', '交流', '合影', '见面', '调研', '列席会议']);
function itemBefore(
  text: string,
  at: number,
): { name: string; start: number; end?: number } | undefined {
  const start = beforeNote(text, at);
  if (!SEPARATOR.test(text[start - 1] ?? '')) return undefined;
  const spaced = spacedItemBefore(text, start - 1);
  if (spaced) return spaced;
  const foreign =
    foreignItemBefore(text, start - 1) ??
    [6, 4]
      .map((n) => tibetanItem(text, start - 1 - n))
      .find((t) => t?.length === 4 || t?.length === 6);
  if (foreign) return { name: foreign, start: start - 1 - foreign.length };
  if (unknownBetweenNames(text, start - 3, -1))
    return { name: text.slice(start - 3, start - 1), start: start - 3 };
  // 组合甲/乙: a doubles pair may follow a word (组合, 选手) that the segmenter ends before it.
  const slash = /[/／]/.test(text[start - 1]!);
  for (const len of [4, 3, 2]) {
    const at = start - 1 - len;
    // 欧阳某某: four characters only where a two-character surname opens them.
    if (len === 4 && surnameAt(text, at)?.length !== 2) continue;
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
/** A note in brackets after an item (甲（女，某省）、乙（某大学）): at most this long. */
const NOTE = /^[（(][^（()）。；\n]{1,12}[）)]/;
/** Where the list goes on after an item ending at `end`: past its note in brackets, if any. */
function afterNote(text: string, end: number): number {
  // NOTE opens with a bracket: without one here (most items) no slice and no RegExp.
  const open = text.charCodeAt(end);
  if (open !== 0xff08 && open !== 0x28) return end;
  const m = NOTE.exec(text.slice(end, end + 14));
  return m ? end + m[0].length : end;
}
/** Where an item starting at `start` begins with its note: before 乙（…）, from 乙. */
function beforeNote(text: string, start: number): number {
  // The note closes with a bracket right before the item: without one, no slice and no RegExp.
  const close = text.charCodeAt(start - 1);
  if (close !== 0xff09 && close !== 0x29) return start;
  const m = /[（(][^（()）。；\n]{1,12}[）)]$/.exec(text.slice(Math.max(0, start - 14), start));
  return m ? start - m[0].length : start;
}
/**
 * 副县长甲、朱和某，…: an item of three between a list mark and a pause with 和 in the middle is one
 * name, not two joined (a name of one character would be the surname alone; blocal-l).
 */
const conjunctionInGiven = (text: string, at: number, item: string) =>
  item.length === 3 &&
  item[1] === '和' &&
  text[at - 1] === '、' &&
  /^[，。；,;]/.test(text[at + 3] ?? '') &&
  surnameAt(item, 0)?.length === 1 &&
  score(THIRD, item, 2) >= 0;

/** Prepositions that open a list of people as a clause's agent (由甲、乙组成, 被甲、乙夺得). */
const LIST_PREPOSITION = /[由被]/;
function isListName(name: string): boolean {
  const surname = surnameAt(name, 0);
  if (!surname || name.length - surname.length < 1) return false;
  const given = name.slice(surname.length);
  return (
    isPlausibleListedGivenName(given) &&
    (!NOT_GIVEN_NAME.test(given) || featureGivenName(given)) &&
    !TRANSLITERATED_GIVEN.test(given) &&
    (!readsAsFrequentWords(name, surname.length) || namedInDictionary(name))
  );
}
