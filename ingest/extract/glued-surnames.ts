/**
 * Surnames that are the end of the word before them or the start of a diplomatic "side": 死于|新冠
 * (死于, 位于, 由于: 于 ends a word), 向|柬方 (向 a preposition before a country's
 * one-character short form and 方, "the Cambodian side"), 往返于|津雄之间 (于…之间: between two
 * places). Read by every route of people.ts.
 * The one home of "于 here is a preposition, not a surname" (prepositionYu), asked by the routes
 * of names.ts, name-model.ts and leader-titles.ts too.
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import { wordEndsAt } from './foreign-names.ts';
import { givenCount } from './person-roles.ts';

/** One-character short forms of countries and blocs before 方 (中方, 美方, 柬方, 欧方, 非方). */
const SIDE = /^[中美俄英法德日韩朝越老柬泰缅印巴伊以沙土埃澳新菲马欧非乌叙阿蒙哈塞古]方$/;
/** Characters that are prepositions or conjunctions before such a side (向柬方, 同美方, 与俄方). */
const BEFORE_SIDE = /^[向同与对和跟给及为从以由]$/;

/**
 * Verbs of going to and fro between places or through one (往返于A与B之间, 穿梭于…, 穿行于峡谷):
 * 于 after them is no surname.
 */
const TO_AND_FRO = /^(往返|来往|往来|穿梭|奔波|奔走|辗转|游走|来回|穿行|行走|徜徉|漫步|游弋|遨游)$/;

/**
 * Verbs of leaning, focus and dependence that govern 于 (倾向于, 着眼于, 立足于, 专注于, 取决于):
 * the segmenter does not always hold verb and 于 as one word (倾向|于小众), and then glues 于 to
 * the object as an unknown word. General knowledge of the collocations.
 */
const GOVERNS_YU =
  /(倾向|偏向|偏重|侧重|着眼|立足|专注|聚焦|致力|热衷|醉心|沉迷|局限|满足|习惯|受制|归因|植根|扎根|取决|有赖|有助|有利|不利|受益|得益|服务|源自)$/;

/**
 * How 于 is told to be the preposition of the verb before it, weakest evidence last:
 * - 'from': only a verb ending in 自 (来自于某某商务区, 源自于, 出自于). Right after a title, where
 *   于 opens the name though the segmenter glues it (副市长于某: 长于 is a word), this is all
 *   there is; other verbs take a person as object (释放于某, 会见于某) as often as 于 (往返于).
 * - 'glued': also where the segmenter reads no word boundary before 于 (得益于|习主席, 在于, 由于):
 *   a name before a leader's title, which no title precedes.
 * - 'word': also where the character before and 于 are one word alone (儿童死于|新冠), or a verb of
 *   going to and fro precedes it (往返于|京雄之间): a name read
 *   by sight or before a speech verb. 会见|于某某: 见于 is a word, but a meeting's object is the name.
 */
export type YuEvidence = 'from' | 'glued' | 'word';

/** 于 at i is the preposition of the verb before it, no surname (see YuEvidence). */
export function prepositionYu(text: string, i: number, evidence: YuEvidence = 'from'): boolean {
  if (text[i] !== '于') return false;
  if (text[i - 1] === '自') {
    const prev = tag(text.slice(Math.max(0, i - 2), i)).at(-1);
    if (prev && prev.tag[0] === 'v' && prev.word.endsWith('自')) return true;
  }
  if (evidence === 'from') return false;
  const before = text[i - 1];
  if (evidence === 'word' && (!before || before === '见')) return false;
  // 列车往返于|京雄之间: after a verb of going to and fro 于 is the preposition of the places.
  if (evidence === 'word' && TO_AND_FRO.test(text.slice(Math.max(0, i - 2), i))) return true;
  // 游客更倾向于小众景点: after a verb that governs 于, 于 is its preposition.
  if (evidence === 'word' && GOVERNS_YU.test(text.slice(Math.max(0, i - 2), i))) return true;
  return (evidence === 'word' && isCommonWord(before + '于')) || !wordEndsAt(text, i);
}

export function gluedSurname(
  text: string,
  p: { name: string; start: number; via: string },
): boolean {
  if (p.name.length === 3 && BEFORE_SIDE.test(p.name[0]!) && SIDE.test(p.name.slice(1)))
    return true;
  if (adverbBeforeVerb(text, p)) return true;
  // 往返于某某之间: 于 opens "between" (于…之间/之中), the two places after it are no name.
  if (p.name[0] === '于' && /^(之间|之中|两地)/.test(text.slice(p.start + p.name.length)))
    return true;
  // Only a name read by sight or before a speech verb: after a title 于 opens the name (副市长于某).
  if (p.name[0] !== '于' || (p.via !== 'sight' && p.via !== 'speech')) return false;
  return prepositionYu(text, p.start, 'word');
}

/** Under this count as a given name's character (HanLP, C + D + E) a verb is no given name (住 1). */
const RARE_GIVEN_VERB = 50;

/**
 * 承认曾在乌展开…, 老人曾住在…: a surname that is an adverb (曾 "once") before a preposition or a
 * one-character verb opens the predicate. jieba reads the adverb alone (曾/d) and a preposition
 * after it (在/p); or glues 曾住 into one unknown word, whose second character is a verb names
 * seldom carry, before 在/于/过 (not 曾超在…: 超 is a given name's thousands of times).
 */
function adverbBeforeVerb(text: string, p: { name: string; start: number }): boolean {
  const words = tag(text.slice(p.start, p.start + p.name.length + 2));
  if (words[0]?.word.length === 1 && words[0].tag === 'd')
    return words[1]?.word.length === 1 && words[1].tag === 'p';
  const verb = p.name[1]!;
  if (p.name.length !== 2 || text[p.start] !== '曾' || !/[在于过]/.test(text[p.start + 2] ?? ''))
    return false;
  const rare = givenCount(verb, 'C') + givenCount(verb, 'D') + givenCount(verb, 'E');
  return rare < RARE_GIVEN_VERB && tag(verb)[0]?.tag === 'v';
}
