/**
 * 常务副区长陈国才通报…, 常务副县长李培振作了讲话: after a post title, the surname reader or the
 * segmenter may stop a three-character name at two, reading its last character as an adverb (才
 * 通报) or as the first of a verb (振作了). Where the three characters read as a name and what
 * follows them is one of the set predicates of an official in a meeting report (通报, 主持, 作了
 * 讲话, 宣读, 传达), the name is the three: no report writes 某某才通报 of a meeting's speaker.
 * General knowledge of Chinese meeting reports (local44-a, pairs46).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isPlausibleName, nameCandidatesAt } from './names.ts';
import { escapeRegExp } from './mentions.ts';
import { BEFORE_A_VERB, oneOf } from '../text/function-words.ts';

/**
 * What an official does at a meeting, right after the name (作了讲话, 通报, 主持会议): the
 * lexicon's meeting verbs, which close a name too (nameFollowers), and the forms of 作了…讲话,
 * which only this rule reads whole (nameFollowers has the bare 作, too weak to make a name whole),
 * and 关于 opening what the official said or directed (常务副主席蓝某立关于…的指示: blocal-j read
 * 蓝某, a word, and 立 a verb).
 */
const OFFICIAL_PREDICATE = new RegExp(
  `^(?:(?:作|做)了?(?:重要|总结|动员|工作)?(?:讲话|发言|报告|部署|说明|总结|点评)|关于|${gazetteer().lexicon.meetingVerbs.map(escapeRegExp).join('|')})`,
);
/** A third character that is a function word before the verb (就, 也, 在), no given name's end. */
const FUNCTION_THIRD = oneOf(BEFORE_A_VERB);

/**
 * 市委书记孙建和同志宣布: 和 right before 同志 ends the given name; 和同志们 (with the comrades) is
 * the conjunction, and no report joins an official to a bare 同志 with 和.
 */
const AND_COMRADE = /^和同志(?!们)/;

/** The three-character name at `i` where the read two stop before such a predicate. */
export function wholeBeforePredicate(text: string, i: number, name: string | undefined) {
  if (name?.length === 2 && AND_COMRADE.test(text.slice(i + 2, i + 6)) && isPlausibleName(name))
    return `${name}和`;
  if (name?.length !== 2 || FUNCTION_THIRD.test(text[i + 2] ?? '')) return name;
  const whole = nameCandidatesAt(text, i).find((n) => n.length === 3);
  if (!whole || !whole.startsWith(name) || !isPlausibleName(whole)) return name;
  return OFFICIAL_PREDICATE.test(text.slice(i + 3, i + 12)) ? whole : name;
}
