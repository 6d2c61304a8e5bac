/**
 * A name after a post title whose given character mostly works as a function word (为, 有, 来,
 * 能, 之): 主任余为，副主任… The name readers refuse 为 in a given name (王|为了, 李|为民服务), but
 * right after a title and right before a pause it cannot open a clause: a preposition or verb
 * needs what follows it, and a pause follows.
 */
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { NOT_IN_GIVEN_NAME, surnameAt } from './names.ts';
import { followScore } from './name-follow.ts';
import { score, THIRD } from './name-stats.ts';

/** How often a name must end in the character after 和 (in name-stats' last-character scores). */
const LAST_AFTER_HE = 1;

const FUNCTION_GIVEN = /[为有来能之]/;
const PAUSE = /[，、。；,;]/;

/** The two-character name (surname + function-word given) at text[i…] before a pause, if any. */
export function nameBeforePause(text: string, i: number): string | undefined {
  const surname = surnameAt(text, i);
  if (surname?.length !== 1) return undefined;
  const end = i + 2;
  if (!FUNCTION_GIVEN.test(text[i + 1] ?? '') || !PAUSE.test(text[end] ?? '')) return undefined;
  const name = text.slice(i, end);
  // 成为，以为: a frequent word is the word.
  return isCommonWord(name) ? undefined : name;
}

/** 一二…十, 两, 几, 多, 半, 全, 余, 每, 近, 整: with 年 they count years (多年, 两年), no given name. */
const COUNT_OF_YEARS = /[一二三四五六七八九十两几多半全余每近整]/;
/** 百年, 千年, 万年: counts of years that are given names too (某万年, 某百年). */
const ROUND_YEARS = /[百千万]/;

/**
 * 专家组组长梁万年今天表示: a given name ending in 年 right after a post title, before a clause (a
 * time word, a verb of saying, a pause). Names refuse 年 elsewhere (王|明年, 越千年: a year, a
 * count), but after a title the name comes here; the given name is no time word (去年, 青年, 当年:
 * jieba's t, 连年/d) nor a count of years (多年, 两年), though 百年, 千年, 万年 are names too.
 */
export function yearNameAfterTitle(text: string, i: number): string | undefined {
  const surname = surnameAt(text, i);
  if (surname?.length !== 1) return undefined;
  const given = text.slice(i + 1, i + 3);
  if (given.length !== 2 || given[1] !== '年' || NOT_IN_GIVEN_NAME.has(given[0]!)) return undefined;
  if (COUNT_OF_YEARS.test(given[0]!)) return undefined;
  const [word] = tag(given);
  const one = word?.word === given;
  if (one && !(word.tag === 'm' && ROUND_YEARS.test(given[0]!)) && dictionaryFrequency(given) > 0)
    return undefined;
  return followScore(text, i + 3) >= 2 ? text.slice(i, i + 3) : undefined;
}

/**
 * 村民王和平说, 县委书记李省三表示, 主任李永和，县委书记范为民出席: 和, 省 and 为 are in given names too, though the name
 * readers refuse them (王|和李: the conjunction; 王|省长: a province's office). Right after a title,
 * a surname and two characters closed by a pause, a day or a verb of saying (followScore ≥ 2) are
 * the name where the 和 stands in a word of its own (和平, 永和: not 王和李) or jieba glues the
 * surname and 省 into one unknown word (李省|三, not 王|省长), or where 和 opens the given name before
 * a character likely to end one that no surname starts (阴和俊).
 */
export function conjunctionGivenAfterTitle(text: string, i: number): string | undefined {
  const surname = surnameAt(text, i);
  if (surname?.length !== 1) return undefined;
  const given = text.slice(i + 1, i + 3);
  if (given.length !== 2 || followScore(text, i + 3) < 2) return undefined;
  const name = text.slice(i, i + 3);
  if (given[0] === '和' || given[1] === '和') {
    const other = given[0] === '和' ? given[1]! : given[0]!;
    if (NOT_IN_GIVEN_NAME.has(other)) return undefined;
    const [word] = tag(given);
    if (word?.word === given && dictionaryFrequency(given) > 0) return name;
    // 部长阴和俊11月4日…: 和 then a character no surname starts (王和李 joins two names) that ends
    // given names far more often than most (俊 1.9 as a last character).
    return given[0] === '和' &&
      !surnameAt(text, i + 2) &&
      score(THIRD, text, i + 2) >= LAST_AFTER_HE
      ? name
      : undefined;
  }
  // 县委书记范为民出席会议: 为 opens a given name that is a word of its own (为民), before a
  // follower as firm as the conjunction's (blocal-h).
  if (FUNCTION_GIVEN.test(given[0]!) && !NOT_IN_GIVEN_NAME.has(given[1]!)) {
    const [word] = tag(given);
    return word?.word === given && dictionaryFrequency(given) > 0 ? name : undefined;
  }
  if (given[0] !== '省' || NOT_IN_GIVEN_NAME.has(given[1]!)) return undefined;
  const [first] = tag(name);
  return first?.word === name.slice(0, 2) && first.tag === 'x' ? name : undefined;
}
