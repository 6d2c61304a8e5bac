/**
 * Words that open or close a clause, read as part of a name (people44, issue 11, on fresh national
 * days): the rules take a surname character and what follows it, or a name and the character after
 * it, where the news writes a clause word:
 * - 副市长某某因…被问责, 候选人某·某因支持票数不足: 因 ("because of") glued to a name's end opens
 *   the cause, and the name is the one without it;
 * - 在会见…官员时明确表示: 时 closes an open 在/当 clause ("when meeting the officials"); the
 *   "name" 时某某 after the officials is 时 and the predicate;
 * - 公务员明起报名: 明起/今起 ("from tomorrow/today on") is a time, not a person;
 * - 各国代表齐聚…: 齐聚/云集 ("gather") is what a group does, not a person named 齐/云;
 * - 企业、商协会代表: associations (商协会) before 代表, not a person named 商.
 * - 原主任某某某案: a case named after an official, glued to the name after the title;
 * - 代表阿拉伯国家提交: a region before 国家 ("the Arab states"), not a person;
 * - 努力提高思想水平: by sight, four characters that are two frequent words (adverb + verb);
 * - 的高素质干部: by sight, after 的 and before a group of people (干部, 人才), a modifier;
 * - 。路虽远，行则将至: by sight, a whole clause of three characters whose given part HanLP's
 *   counts almost never see in names (虽 "though"): a saying, not a person.
 * Written by hand: general rules of Chinese news style, no names listed.
 */
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { CLAUSE_WORD } from './frequency-thresholds.ts';
import { NAME_DOT } from './name-stats.ts';
import { givenCount } from './person-roles.ts';
import { surnameAt } from './names.ts';
import { type Found, speechAt } from './story-names.ts';
import { AFTER_A_NAME, oneOf } from '../text/function-words.ts';

/** After 因 a name goes on with these (某某因在…, 克莱因说: a name of sounds ending in 因). */
const NAME_GOES_ON = oneOf(AFTER_A_NAME);
/** Where the clause after 因 would end. */
const CLAUSE_END = /[，。；！？：\n]/;

/**
 * 某某因…: the name without a glued 因 when the clause after it carries no speech (某某因 of
 * sounds may be a whole name: 克莱因表示). undefined when the name keeps its 因.
 */
function withoutCause(text: string, f: Found): string | undefined {
  if (!f.name.endsWith('因') || f.name.length < 3) return undefined;
  const short = f.name.slice(0, -1);
  if (NAME_DOT.test(short.at(-1)!) || !/\p{Script=Han}/u.test(text[f.end] ?? '')) return undefined;
  if (NAME_GOES_ON.test(text[f.end]!)) return undefined;
  // 王储侯赛因会见…: a name jieba's dictionary holds whole with its 因 (a foreign name printed so
  // for decades, its last sound in no table) keeps it.
  const [whole] = tag(f.name);
  if (whole?.word === f.name && /^nr/.test(whole.tag) && dictionaryFrequency(f.name) > 0)
    return undefined;
  // The cause runs to the clause's end; a speech verb in it makes 因 part of the name.
  for (let k = f.end; k < text.length && k < f.end + 30 && !CLAUSE_END.test(text[k]!); k++)
    if (speechAt(text, k)) return undefined;
  return short;
}

/**
 * 原主任某某某案、…案例: a case named after an official (某某案) after the official's title; the
 * person is the name without 案 (a given name seldom ends in 案: HanLP's counts never see it
 * as a one-character given name). A case found by sight is wordNotName's (word-names.ts).
 */
function withoutCase(text: string, f: Found & { via: string }): string | undefined {
  if (f.via !== 'post' || f.name.length < 3 || !f.name.endsWith('案')) return undefined;
  return /^([、，。；：等和及）)]|件)/.test(text[f.end] ?? '。') ? f.name.slice(0, -1) : undefined;
}

/** The name without a clause word glued to its end (因, 案), or undefined. */
export const withoutClauseEnd = (text: string, f: Found & { via: string }) =>
  withoutCause(text, f) ?? withoutCase(text, f);

/** 在/当 opening a clause that 时 closes (在会见…时, 当…时). */
const OPEN_WHEN = /[在当][^，。；！？：\n]*$/;

/**
 * 在会见美国官员时明确表示: a "name" starting with 时 right after a word, inside a clause that 在
 * or 当 opened, is 时 closing that clause.
 */
function whenClauseName(text: string, f: Found): boolean {
  if (!f.name.startsWith('时') || !/\p{Script=Han}/u.test(text[f.start - 1] ?? '')) return false;
  return OPEN_WHEN.test(text.slice(Math.max(0, f.start - 20), f.start));
}

/**
 * 明起报名, 今起实施: from tomorrow / today on; 齐聚, 云集: a group gathers; 商协会代表: a kind of
 * association (协会, 学会, 商会) whose first character is a surname's, before 代表.
 */
const CLAUSE_WORD_NAME = /^([明今]起|齐聚|云集)|(协会|学会|商会|联合会)$/;

/** 阿拉伯国家, 拉美国家: states named by their region (not 某某国家主席, a leader's title). */
const STATES_AFTER = /^国家(?!主席|副主席|元首|领导人)/;

const frequentWord = (w: string) => isCommonWord(w) && dictionaryFrequency(w) >= CLAUSE_WORD;
/** 努力提高: by sight, two frequent words (no surname + given name splits into two such words). */
const twoWords = (f: Found) =>
  f.via === 'sight' &&
  /^\p{Script=Han}{4}$/u.test(f.name) &&
  frequentWord(f.name.slice(0, 2)) &&
  frequentWord(f.name.slice(2));

/** Groups of people a modifier describes (高素质干部, 高层次人才); not 团队, a person's team. */
const GROUP_AFTER = /^(干部|人才|队伍|人员|农民|工人|群体|骨干)/;
/** 的高素质干部: by sight, between 的 and a group of people, the "name" describes the group. */
const modifierOfGroup = (text: string, f: Found) =>
  f.via === 'sight' && text[f.start - 1] === '的' && GROUP_AFTER.test(text.slice(f.end, f.end + 2));

/** Below this count in HanLP's roles a character is not taken as a given name's (虽 C1). */
const MIN_GIVEN_ROLE = 5;
/** Where a clause opens: the text's start, a sentence's end or a line. */
const OPENS_SENTENCE = /^$|[。！？；\n\s]$/;
/**
 * 路虽远，: by sight, three characters standing as a whole clause (a sentence opens before, a
 * comma follows) with a given character the counts seldom see in names: a saying's clause.
 */
function sayingClause(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 3 || text[f.end] !== '，') return false;
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, f.start - 1), f.start))) return false;
  const given = f.name.slice(surnameAt(f.name, 0)?.length ?? 1);
  return (
    given.length === 2 &&
    (givenCount(given[0]!, 'C') < MIN_GIVEN_ROLE || givenCount(given[1]!, 'D') < MIN_GIVEN_ROLE)
  );
}

/** A "name" that is a word of its clause of the kinds above (withoutFalseNames drops it). */
export const clauseWord = (text: string, f: Found): boolean =>
  CLAUSE_WORD_NAME.test(f.name) ||
  whenClauseName(text, f) ||
  STATES_AFTER.test(text.slice(f.end, f.end + 4)) ||
  twoWords(f) ||
  modifierOfGroup(text, f) ||
  sayingClause(text, f);
