/**
 * What follows a foreign name and ends it (split from foreign-names.ts): the verbs, prepositions
 * and time words that open its predicate, the one-character words that close a clause after it,
 * and the one character outside the sound tables that is still the name's last sound
 * (拉姆卡拉|旺。, 拉姆卡拉|旺表示).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { wordIndex } from '../text/word-index.ts';
import { isCommonPairAt } from './name-stats.ts';

const lex = gazetteer().lexicon;
/** One-character verbs and prepositions that end a name: 向某国总统某某致慰问电. */
const SHORT_FOLLOWERS = [
  '致',
  '于',
  '称',
  '说',
  '在',
  '向',
  '对',
  '同',
  '与',
  '和',
  '将',
  '等',
  '被',
];
/**
 * What ends a foreign name, by a trie: `longestAt(rest, 0)` is a word of it starting there (none
 * is empty), one step per character instead of a startsWith per word (endsClearly asks it along
 * every run of sounds). The lexicon's followers hold the verbs of diplomatic news the segmenter
 * may tag as nouns after a name (会见/n, 会晤, 会谈, 举行, 出席, 通电话) and 近日, 日前; these
 * are the others foreign names only are read before.
 */
export const FOLLOWER_INDEX = wordIndex([
  ...SHORT_FOLLOWERS,
  ...lex.speechVerbs,
  ...lex.nameFollowers,
  '警告',
  // 首相某某某某主张…: a stance verb jieba tags as a noun (主张/n) (cctv37b)
  '主张',
  '会面',
  '访问',
  '发表',
  '今天',
  '当天',
  '当地时间',
]);

/**
 * Words of one character that end a clause after a foreign name or place (访问某国后，, 某某等。, 某某人，):
 * no part of the name.
 */
export const CLAUSE_END_WORDS =
  /[等了的们说称后前时中里上下内外间人方军国队党派族语州省市岛湾河山家籍区县镇村港湖海江部]/;

/**
 * 拉姆卡拉|旺。: one character the tables lack, after a run of four sounds or more and right before
 * punctuation, is the name's last sound (no Chinese word of one character ends a long name there).
 */
export function lastSoundAt(text: string, end: number, run: number): boolean {
  if (!/\p{Script=Han}/u.test(text[end] ?? '') || CLAUSE_END_WORDS.test(text[end]!)) return false;
  if (run >= 4 && /^([，。！？；：、,]|$)/.test(text.slice(end + 1, end + 2))) return true;
  return run >= 3 && soundBeforeVerb(text, end);
}

/** What a lone character after a name may be that is no sound of it: adverbs (也, 还, 则), verbs
 * (到), conjunctions, prepositions, particles, pronouns, numbers, time and place words. */
const NO_LAST_SOUND = /^([dcpuvrmqft]|zg|ul|uj|ud|uz)/;
/**
 * 总统拉姆卡拉|旺表示, 总统哈恰图|良宣誓就职: one character the tables lack after a run of three sounds
 * or more, right before a speech verb or a verb of two characters (the name's predicate), is its last
 * sound when jieba reads it as a one-character word of its own and no adverb, verb or particle
 * (也表示, 则称, 到访 are the clause's), nor the start or end of a frequent word (政府, 博士).
 */
function soundBeforeVerb(text: string, end: number): boolean {
  // Nor the end of a word opened by the run's last sound (芬利博|士演示: 博士 is a word).
  if (isCommonPairAt(text, end - 1) || isCommonPairAt(text, end) || !longFollowerAt(text, end + 1))
    return false;
  const [alone] = tag(text[end]!);
  return !!alone && !NO_LAST_SOUND.test(alone.tag);
}

/** A follower of two characters or more (表示, 宣誓, 陪同), or a verb jieba reads there. */
function longFollowerAt(text: string, at: number): boolean {
  const rest = text.slice(at, at + 6);
  // 宣誓就职 is a "name" to jieba (nr); 陪同 (the escorting official's) is a meeting verb, listed.
  if (/^宣誓/.test(rest) || (FOLLOWER_INDEX.longestAt(rest, 0)?.length ?? 0) > 1) return true;
  const [first] = tag(rest);
  return !!first && first.tag.startsWith('v') && first.word.length > 1;
}
