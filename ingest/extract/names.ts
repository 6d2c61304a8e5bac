/** Person-name shape: a surname from the gazetteer plus a one- or two-character given name. */
import { gazetteer } from '../gazetteer/index.ts';
import { keptAnswer } from '../text/kept-answers.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { RARE_TIME_ENTRY } from './frequency-thresholds.ts';
import { koreanGivenName } from './korean-given-names.ts';
import { readsAsFrequentWords } from './name-stats.ts';
import { escapeRegExp } from './mentions.ts';

const g = gazetteer();
const single = [...g.surnames].join('');
const compound = [...g.compoundSurnames].map(escapeRegExp).join('|');

export const PERSON_NAME_SHAPE = new RegExp(
  `^(?:(?:${compound})\\p{Script=Han}{1,2}|[${single}]\\p{Script=Han}{1,2})$`,
  'u',
);

/** Characters that do not occur in given names but often follow a name in running text. */
export const NOT_IN_GIVEN_NAME = new Set(
  '的了是在和与等说表示市区县省委局年月日将就对把被让也都及这那其并从以之而或个们上下为有所到来去要能议称指于却给不很还已'.split(
    '',
  ),
);

/** The surname starting at position i (compound first), if any. */
/** Per UTF-16 code unit: 1 = single surname, 2 = may start a compound surname (hot loop). */
const SURNAME_FLAGS = new Uint8Array(65536);
for (const s of g.surnames) SURNAME_FLAGS[s.charCodeAt(0)]! |= 1;
for (const s of g.compoundSurnames) SURNAME_FLAGS[s.charCodeAt(0)]! |= 2;

export function surnameAt(text: string, i: number): string | undefined {
  const flags = SURNAME_FLAGS[text.charCodeAt(i)];
  if (!flags) return undefined;
  if (flags & 2) {
    const two = text.slice(i, i + 2);
    if (g.compoundSurnames.has(two)) return two;
  }
  return flags & 1 ? text[i] : undefined;
}

/** `surnameAt(text, i) !== undefined` without making the string (hot loop). */
export function hasSurnameAt(text: string, i: number): boolean {
  const flags = SURNAME_FLAGS[text.charCodeAt(i)];
  if (!flags) return false;
  if (flags & 1) return true;
  return g.compoundSurnames.has(text.slice(i, i + 2));
}

/** Name candidates starting at i, shortest first. */
export function nameCandidatesAt(text: string, i: number): string[] {
  const surname = surnameAt(text, i);
  if (!surname) return [];
  const out: string[] = [];
  for (const given of [1, 2]) {
    const name = text.slice(i, i + surname.length + given);
    if (name.length === surname.length + given && isPlausibleName(name, surname.length))
      out.push(name);
  }
  return out;
}

/**
 * Answers per name, one table per surname length: every rule asks at every surname of a story
 * (a year of news asks about 0.4 M times for far fewer names), and an answer costs a RegExp over
 * the gazetteer's surnames and up to two segmenter lookups. Bounded like the segmenter's caches.
 */
const plausible = [new Map<string, boolean>(), new Map<string, boolean>()];
const PLAUSIBLE_LIMIT = 100_000;

export function isPlausibleName(name: string, surnameLength = 1): boolean {
  const memo = plausible[surnameLength - 1];
  if (!memo) return plausibleName(name, surnameLength);
  return keptAnswer(memo, name, PLAUSIBLE_LIMIT, PLAUSIBLE_BY_SURNAME[surnameLength - 1]!);
}
const PLAUSIBLE_BY_SURNAME = [1, 2].map((n) => (name: string) => plausibleName(name, n));

function plausibleName(name: string, surnameLength: number): boolean {
  if (!PERSON_NAME_SHAPE.test(name) || isReduplicated(name)) return false;
  const given = name.slice(surnameLength);
  for (let k = 0; k < given.length; k++)
    if (
      NOT_IN_GIVEN_NAME.has(given[k]!) &&
      !(k === 0 && (softGivenName(name, surnameLength) || koreanGivenName(name, surnameLength))) &&
      !(k === 1 && yearEndsGivenName(name, surnameLength))
    )
      return false;
  // jieba's tags on three-character entries are noisy (周恩来/t, 刘彦彬/nz): frequent words decide.
  if (name.length === surnameLength + 2 && isCommonWord(name)) {
    const tokens = tag(name);
    return /^(t|nz)$/.test(tokens[0]!.tag) && !readsAsFrequentWords(name, surnameLength);
  }
  return !isCommonWord(name);
}

/** Characters that mostly follow a name (王|为, 于|有) but open given names too (王为民, 于有斌). */
const SOFT_FIRST_GIVEN = /[为有在之以其上下来要能所到从而]/;

/**
 * 王为民, 于有斌: a first given character that mostly follows a name is one where jieba reads the
 * whole as one name or new word, or the given name as a new word (于|有斌/x), not 王|要求, 李|为了.
 */
function softGivenName(name: string, surnameLength: number): boolean {
  const given = name.slice(surnameLength);
  if (given.length !== 2 || !SOFT_FIRST_GIVEN.test(given[0]!) || NOT_IN_GIVEN_NAME.has(given[1]!))
    return false;
  const tokens = tag(name);
  if (tokens.length === 1) return /^(nr|x)$/.test(tokens[0]!.tag);
  // 盛来|运: jieba glues the surname and the soft character into one unknown word (x), so the
  // soft character opens no word of its own (not 李|为了, 张|来到). Not 上/下, which jieba glues
  // to a verb as its direction (戴上|红领巾: 戴 is a surname too).
  const glued =
    tokens[0]!.word === name.slice(0, surnameLength + 1) &&
    tokens[0]!.tag === 'x' &&
    !/[上下]/.test(given[0]!);
  return tokens.length === 2 && (glued || (tokens[1]!.word === given && tokens[1]!.tag === 'x'));
}

/**
 * 某柏年, 某鹤年: 年 ends given names too. It does where the given name is no dictionary word (not
 * 明年, 多年, 同年) and jieba reads the three characters as one unknown word or a name (某松|年
 * stays apart: a year or a count may follow a name).
 */
function yearEndsGivenName(name: string, surnameLength: number): boolean {
  const given = name.slice(surnameLength);
  if (given.length !== 2 || given[1] !== '年' || NOT_IN_GIVEN_NAME.has(given[0]!)) return false;
  if (dictionaryFrequency(given) > 0) return false;
  const tokens = tag(name);
  return tokens.length === 1 && /^(nr|x)$/.test(tokens[0]!.tag);
}

/** 殷殷, 默默: reduplicated words, not names. */
function isReduplicated(name: string): boolean {
  return name[0] === name[1];
}

/**
 * Where the context already says "a person's name comes here" (after a post title, in a byline)
 * a surname outside the gazetteer is accepted too: rare surnames exist.
 */
export function isNameInContext(name: string): boolean {
  // Four characters only with a compound surname (夏侯清漪).
  const maxLength = g.compoundSurnames.has(name.slice(0, 2)) ? 4 : 3;
  if (
    name.length < 2 ||
    name.length > maxLength ||
    !/^\p{Script=Han}+$/u.test(name) ||
    isReduplicated(name)
  )
    return false;
  if (g.surnames.has(name[0]!) || g.compoundSurnames.has(name.slice(0, 2)))
    return isPlausibleName(name, surnameLengthOf(name)) || rareTimeEntry(name);
  for (const ch of name) if (NOT_IN_GIVEN_NAME.has(ch)) return false;
  if (/[一二三四五六七八九十百千万两几多每各某本该其]/.test(name[0]!)) return false;
  // 专家很谦虚: an adverb of degree or time opens a predicate, never a rare surname.
  if (/[很太最更又再才只仅均皆已]/.test(name[0]!)) return false;
  return !isCommonWord(name) && !isCommonWord(name.slice(0, 2));
}

/**
 * 艺术家牛某、: jieba holds some surname-and-given pairs as rare entries tagged as time words
 * (its tags on rare entries are noisy); where the context says a name comes here, a pair the
 * dictionary counts fewer than RARE_TIME_ENTRY times and tags t is a name (明春, 夏初 count no more,
 * but a title before them and punctuation after are not their setting).
 */
export function rareTimeEntry(name: string): boolean {
  if (name.length !== 2) return false;
  const tokens = tag(name);
  return (
    tokens.length === 1 && tokens[0]!.tag === 't' && dictionaryFrequency(name) < RARE_TIME_ENTRY
  );
}

export function surnameLengthOf(name: string): number {
  return g.compoundSurnames.has(name.slice(0, 2)) ? 2 : 1;
}

/** Characters never in a given name, whatever the statistics say (particles, 和 与 及, 的, 说). */
const NEVER_IN_GIVEN_NAME = new Set('的了是和与及等说着过们这那么呢吗吧地得之'.split(''));

/**
 * An item of a list of names may double its given character (沈跃跃, 黄珊珊): the list says it is
 * a name, which a doubled word (看看) alone does not.
 */
export function isPlausibleListedGivenName(given: string): boolean {
  return given.length === 2 && given[0] === given[1]
    ? isPlausibleGivenName(given[0]!)
    : isPlausibleGivenName(given);
}

/** A given name seen by statistics: no particle, not reduplicated (看看), Han only. */
export function isPlausibleGivenName(given: string): boolean {
  if (!/^\p{Script=Han}{1,2}$/u.test(given) || given[0] === given[1]) return false;
  for (const ch of given) if (NEVER_IN_GIVEN_NAME.has(ch)) return false;
  return true;
}

/**
 * 习近平、李强、赵乐际: a frequent pair that jieba's dictionary itself tags as a known person's
 * name (nrfg) is a name between a list's commas; not X家 (张家, 刘家: a family, also nrfg).
 */
export function namedInDictionary(name: string): boolean {
  const words = name.length === 2 && name[1] !== '家' ? tag(name) : [];
  return words.length === 1 && words[0]!.tag === 'nrfg';
}
