/**
 * Names role tagging proposes (person-roles.ts), kept only where the name statistics and the
 * segmenter agree: a surname of the gazetteer, given-name characters far likelier in names than
 * in words (name-stats.ts), no frequent word made of the name or across its edges, no place.
 * Role tagging alone finds 7 names in 10 at about a quarter's precision on People's Daily text;
 * these checks keep precision where the rest of the extractor has it (bench:ner --split dev).
 */
import { isCommonWord, segment, tag } from '../text/segmenter.ts';
import {
  hasSurnameAt,
  isPlausibleGivenName,
  isPlausibleListedGivenName,
  NOT_IN_GIVEN_NAME,
  surnameAt,
} from './names.ts';
import { prepositionYu } from './glued-surnames.ts';
import { roleNamesOf, surnameEvidence } from './person-roles.ts';
import {
  COMMON_PAIRS,
  FOREIGN,
  givenScore,
  isCommonPairAt,
  readsAsFrequentWords,
  SECOND,
  THIRD,
  score,
} from './name-stats.ts';
import { isForeignPlace } from './transliterations.ts';
import { afterSolarTerm, inVerseLine, placeAfterName } from './role-name-frames.ts';
import { followedByNameWord, NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { oneOf, SUBJECT_WORDS } from '../text/function-words.ts';
import { featureGivenName } from './names-between-names.ts';
import type { KnownPlaces } from './facts.ts';

/** Below these a given name is not taken on role tagging's word (tuned on bench:ner --split dev). */
export const MIN_GIVEN_SCORE = { 1: 0.5, 2: -0.5 } as const;
/** A surname must be one in at least half of its uses in HanLP's counts, and 100 times in all. */
const MIN_SURNAME_SHARE = 0.5;
const MIN_SURNAME_COUNT = 100;
/** A rarer surname (卞, 鞠, 阚) is as sure when HanLP's counts show it nearly always one: nine uses in
 * ten as a surname over at least 20 uses (blocal-k: 县委书记卞建军现场推进…). */
const RARE_SURNAME = { share: 0.9, count: 20 } as const;
/** In a list of names a rarer surname (邬) is enough. */
const MIN_LISTED_SURNAME_COUNT = 10;
/** A two-character name followed by a character this likely in given names is cut short. */
const NEXT_GIVEN = 0;
/** Words that follow a name and may make a frequent word with its last character (平+等). */
const AFTER_NAME = /[等和与的]/;

/** Whether the role-tagged name at text[start…] stands as a person's name. */
function acceptRoleName(
  text: string,
  start: number,
  name: string,
  pattern: string,
  knownPlaces: KnownPlaces,
): boolean {
  // XD (a two-character token read as surname + given, then one more): rarely right on news.
  if (pattern === 'XD') return false;
  const surname = surnameAt(name, 0);
  if (!surname || name.length - surname.length < 1 || name.length - surname.length > 2)
    return false;
  const given = name.slice(surname.length);
  // 向高端, 区建设, 平伟: a character seldom a surname in People's Daily is not read as one here.
  if (surname.length === 1) {
    const { share, count } = surnameEvidence(surname);
    if (share < MIN_SURNAME_SHARE || count < MIN_SURNAME_COUNT) return false;
  }
  // 左二 (on a photo: second from left): a numeral is no given name alone.
  if (/^[一二三四五六七八九十]$/.test(given)) return false;
  // 高水平, 高成长: the given name is a frequent word.
  if (COMMON_PAIRS.has(given)) return false;
  if (
    !isPlausibleGivenName(given) ||
    given.endsWith('老') ||
    NOT_GIVEN_NAME.test(given) ||
    TRANSLITERATED_GIVEN.test(given)
  )
    return false;
  if (/[0-9０-９一二三四五六七八九十百千万亿两几第]/.test(text[start - 1] ?? '')) return false;
  if (prepositionYu(text, start)) return false;
  const end = start + name.length;
  // 王非将, 朱德上: a verb or particle read as the last given character.
  if (given.length === 2 && NOT_IN_GIVEN_NAME.has(given[1]!)) return false;
  // 于西安, 向青海: a preposition and a place.
  if (given.length === 2 && knownPlaces(given)) return false;
  // 王玉|梅, 张太|雷: two characters, and the next one would make a three-character name.
  if (
    given.length === 1 &&
    score(THIRD, text, end) >= NEXT_GIVEN &&
    /\p{Script=Han}/u.test(text[end] ?? '') &&
    !NOT_IN_GIVEN_NAME.has(text[end]!)
  )
    return false;
  // 克林顿, 王玉梅: the "name" is glued to the character before or after it.
  if (
    COMMON_PAIRS.has(text.slice(start - 1, start + 1)) ||
    (!AFTER_NAME.test(text[end] ?? '') && COMMON_PAIRS.has(text.slice(end - 1, end + 1)))
  )
    return false;
  // 克林顿, 阿尔比: inside a transliterated name.
  if (FOREIGN[text.charCodeAt(start - 1)] && FOREIGN[name.charCodeAt(0)]) return false;
  if (/[·•・.]/.test(text[start - 1] ?? '') || /[·•・.]/.test(text[end] ?? '')) return false;
  // 许可证, 陈列室 (jieba tags them nr): the surname and the next character are a frequent word.
  if (isCommonWord(name) || COMMON_PAIRS.has(name.slice(0, surname.length + 1))) return false;
  if (given.length === 1 && readsAsFrequentWords(name, surname.length)) return false;
  if (knownPlaces(name) || isForeignPlace(name)) return false;
  if (placeAfterName(text, end) || inVerseLine(text, start) || afterSolarTerm(text, start))
    return false;
  // 金凤实验室, 大唐高鸿数据: two characters are as often a word's; something must close them.
  if (given.length === 1 && !closesName(text, end)) return false;
  const g = start + surname.length;
  const s = givenScore(text, g, given.length);
  return s >= MIN_GIVEN_SCORE[given.length as 1 | 2];
}

/** Characters that end a clause (per UTF-16 code unit): role tagging reads one clause at a time. */
const CLAUSE_END = new Uint8Array(65536);
for (const ch of ' \t\r\n\u3000，。！？；：:、,（()）“”"《》!?;·•・')
  CLAUSE_END[ch.charCodeAt(0)] = 1;
/** Clauses closer than this are segmented in one call (each call has a fixed cost). */
const SPAN_GAP = 40;

/**
 * Names by role tagging, in the clauses that hold a surname HanLP's counts vouch for, not inside
 * a name already found, with given-name characters that could pass acceptRoleName: the same
 * conditions, checked per character before the segmenter is asked. Passing clauses close together
 * are segmented in one call.
 */
export function namesByRole(
  text: string,
  found: readonly { start: number; end: number }[],
  knownPlaces: KnownPlaces,
): { name: string; start: number }[] {
  const covered = new Uint8Array(text.length + 1);
  for (const f of found) covered.fill(1, f.start, f.end);
  const clauses: [number, number][] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !CLAUSE_END[text.charCodeAt(k)]) continue;
    if (k - from >= 2 && mayHoldName(text, from, k, covered)) clauses.push([from, k]);
    from = k + 1;
  }
  const out: { name: string; start: number }[] = [];
  for (let c = 0; c < clauses.length;) {
    let d = c;
    while (d + 1 < clauses.length && clauses[d + 1]![0] - clauses[d]![1] <= SPAN_GAP) d++;
    const spanStart = clauses[c]![0];
    const wanted = new Set(clauses.slice(c, d + 1).map(([s]) => s));
    let clause: { word: string; tag: string }[] = [];
    let clauseStart = spanStart;
    let at = spanStart;
    const flush = () => {
      if (wanted.has(clauseStart))
        out.push(...readClause(text, clauseStart, clause, covered, knownPlaces));
      clause = [];
    };
    for (const t of segment(text.slice(spanStart, clauses[d]![1]), false)) {
      if (CLAUSE_END[t.word.charCodeAt(0)]) {
        flush();
        at += t.word.length;
        clauseStart = at;
        continue;
      }
      clause.push(t);
      at += t.word.length;
    }
    flush();
    c = d + 1;
  }
  return out;
}

function readClause(
  text: string,
  from: number,
  clause: { word: string; tag: string }[],
  covered: Uint8Array,
  knownPlaces: KnownPlaces,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const r of roleNamesOf(clause)) {
    const start = from + r.start;
    if (covered.subarray(start, start + r.name.length).some((c) => c)) continue;
    // 大型商超等: a distinguishing word (jieba's b: 大型, 新型) sizes or sorts a thing, not a person.
    if (tagEndingAt(clause, r.start) === 'b') continue;
    if (acceptRoleName(text, start, r.name, r.pattern, knownPlaces))
      out.push({ name: r.name, start });
  }
  return out;
}

/** The tag of the clause's token that ends right before `at` (clause offsets), if one does. */
function tagEndingAt(clause: { word: string; tag: string }[], at: number): string | undefined {
  let end = 0;
  for (const t of clause) {
    end += t.word.length;
    if (end === at) return t.tag;
    if (end > at) return undefined;
  }
  return undefined;
}

/** Per UTF-16 code unit: 0 not asked yet, 1 a surname in at least half its uses, 2 not. */
const SURE_SURNAME = new Uint8Array(65536);
export function isSureSurname(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (!SURE_SURNAME[code]) {
    const { share, count } = surnameEvidence(ch);
    const sure =
      (share >= MIN_SURNAME_SHARE && count >= MIN_SURNAME_COUNT) ||
      (share >= RARE_SURNAME.share && count >= RARE_SURNAME.count);
    SURE_SURNAME[code] = sure ? 1 : 2;
  }
  return SURE_SURNAME[code] === 1;
}

/** acceptRoleName's cheap conditions at each surname of the clause. */
function mayHoldName(text: string, from: number, to: number, covered: Uint8Array): boolean {
  for (let i = from; i < to - 1; i++) {
    if (covered[i] || !hasSurnameAt(text, i)) continue;
    const surname = surnameAt(text, i)!;
    if (surname.length === 1 && !isSureSurname(surname)) continue;
    // The surname ends or starts a frequent word (提高, 安全): not a name there.
    if ((i > 0 && isCommonPairAt(text, i - 1)) || isCommonPairAt(text, i)) continue;
    const g = i + surname.length;
    const s2 = score(SECOND, text, g);
    if (s2 >= MIN_GIVEN_SCORE[1] || s2 + score(THIRD, text, g + 1) >= MIN_GIVEN_SCORE[2])
      return true;
  }
  return false;
}

/** Punctuation, the end, or a word that follows names (说, 表示, 等, 同志…) after a name. */
function closesName(text: string, end: number): boolean {
  return (
    end >= text.length ||
    !/\p{Script=Han}/u.test(text[end]!) ||
    followedByNameWord(text, end) ||
    subjectFollows(text, end) ||
    predicateFollows(text, end)
  );
}

/**
 * 某某确实在…, 某某经历了…: an adverb or verb of two or more characters opens the predicate, and
 * the name's last character makes no frequent word with the next one.
 */
function predicateFollows(text: string, end: number): boolean {
  if (isCommonPairAt(text, end - 1)) return false;
  const first = tag(text.slice(end, end + 4))[0];
  return !!first && first.word.length > 1 && /^(v|d|ad)$/.test(first.tag);
}

/**
 * 某某是国家一级演员, 某某也获得…: a one-character word that follows a clause's subject, standing
 * alone (是 of 是否, 在 of 在于 and 也 of 也许 are not).
 */
const SUBJECT_WORD = oneOf(SUBJECT_WORDS, '^');
function subjectFollows(text: string, end: number): boolean {
  return SUBJECT_WORD.test(text[end] ?? '') && !isCommonPairAt(text, end);
}

/** A whole item between two separators: a name's length of Han, no clause after it. */
const ITEM_BETWEEN_SEPARATORS = /^\p{Script=Han}{2,4}$/u;
/** Separators of a list of names: 、 and the slash of doubles pairs (葛菲／顾俊). */
const LIST_SEPARATOR = /[、／/]/;

/**
 * Lists made only of names (由李菊、王楠、杨影、邬娜出征): three or more items, each inner one
 * exactly a surname HanLP's counts hold as one and a given name the statistics do not refuse;
 * the first and last items are cut out of the words around them.
 */
export function nameLists(
  text: string,
  knownPlaces: KnownPlaces,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  const pieces = text.split(/([、／/])/);
  let at = 0;
  let run: { piece: string; start: number }[] = [];
  const flush = (closed = false) => {
    if (run.length >= 3) out.push(...namesOfList(run, knownPlaces, closed));
    run = [];
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (LIST_SEPARATOR.test(piece) && piece.length === 1) {
      at += 1;
      continue;
    }
    run.push({ piece, start: at });
    // An inner item is a whole name, or the list ends here.
    const inner = k > 0 && k < pieces.length - 1;
    if (!(inner && isListedName(piece, knownPlaces))) {
      if (run.length > 1) flush(inner && ITEM_BETWEEN_SEPARATORS.test(piece));
      run = [{ piece, start: at }];
    }
    at += piece.length;
  }
  flush();
  return out;
}

function namesOfList(
  run: { piece: string; start: number }[],
  knownPlaces: KnownPlaces,
  closed: boolean,
): { name: string; start: number }[] {
  const names: { name: string; start: number }[] = [];
  const first = run[0]!;
  const last = run[run.length - 1]!;
  for (const len of [3, 2]) {
    const name = first.piece.slice(-len);
    const before = first.piece.length - len;
    if (before > 0 && COMMON_PAIRS.has(first.piece.slice(before - 1, before + 1))) continue;
    if (name.length === len && isListedName(name, knownPlaces)) {
      names.push({ name, start: first.start + first.piece.length - len });
      break;
    }
  }
  for (const item of run.slice(1, -1)) names.push({ name: item.piece, start: item.start });
  // 甲、乙、索朗曲珍／丙: a last item closed by a separator is whole; its head is no name of its
  // own (a four-character Tibetan name is not cut to two). It still counts as the list's item.
  if (closed) return names.length >= 2 ? names : [];
  for (const len of [3, 2]) {
    const name = last.piece.slice(0, len);
    // 林菱出征: the last character makes a word with the next one.
    if (COMMON_PAIRS.has(last.piece.slice(len - 1, len + 1))) continue;
    // 甲、乙、丙、应某等。: a roll of three names or more closed by 等 and the sentence takes a last
    // item whose surname is mostly a word (应 "should": a surname in 23 % of its uses) (cctv33b).
    const closesRoll = names.length >= 2 && ROLL_END.test(last.piece.slice(len));
    if (name.length === len && isListedName(name, knownPlaces, closesRoll)) {
      names.push({ name, start: last.start });
      break;
    }
  }
  return names.length >= 3 ? names : [];
}

/** A surname this sure (何, 李: nearly always one in HanLP's counts) may take a sound as given name. */
const SURE_LISTED_SURNAME = 0.9;

/** What closes a roll call's last name: 等 and the sentence's end (甲、乙、丙等。). */
const ROLL_END = /^等[。；;]/;
/** Below this share a surname needs the close of a roll (ROLL_END) to open a listed name. */
const MIN_ROLL_SURNAME_SHARE = 0.2;
function isListedName(name: string, knownPlaces: KnownPlaces, closesRoll = false): boolean {
  if (name.length < 2 || name.length > 3) return false;
  const surname = surnameAt(name, 0);
  if (!surname) return false;
  let sure = false;
  if (surname.length === 1) {
    const { share, count } = surnameEvidence(surname);
    const minShare = closesRoll ? MIN_ROLL_SURNAME_SHARE : MIN_SURNAME_SHARE;
    if (share < minShare || count < MIN_LISTED_SURNAME_COUNT) return false;
    sure = share >= SURE_LISTED_SURNAME && count >= MIN_SURNAME_COUNT;
  }
  const given = name.slice(surname.length);
  // 甲、何维、乙: in a list of names a sure surname with one character of transliterations (维)
  // is a Chinese name; alone such a given name mostly spells a foreign place or club (伊斯).
  if (
    !isPlausibleListedGivenName(given) ||
    (NOT_GIVEN_NAME.test(given) && !featureGivenName(given)) || // 甲、饶金山、乙
    (TRANSLITERATED_GIVEN.test(given) && !(sure && given.length === 1))
  )
    return false;
  if (isCommonWord(name) || COMMON_PAIRS.has(name.slice(0, surname.length + 1))) return false;
  return !knownPlaces(name) && !isForeignPlace(name);
}
