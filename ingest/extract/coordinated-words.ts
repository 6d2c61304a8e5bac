/**
 * Words read by sight as names where feature and culture stories coordinate like with like
 * (issue 11, names50-a):
 * - 传统与时尚交织、烟火与宋韵共鸣: 甲与乙 before a verb of meeting or blending (交织, 共鸣,
 *   交融, 辉映) joins two things of a kind; where 甲 is a common noun of the dictionary, 乙 is a
 *   thing too (宋韵, "the charm of Song"), not a person blended with fireworks;
 * - 以骁马颂文、福马传韵等板块: items of a 、 list of four-character phrases (the sections of a
 *   show, slogans), whose last three characters open with a surname (马颂文), are phrases: the
 *   character before them belongs to the phrase, and a list of names is no list of four-character
 *   units glued to one character each.
 * General rules of news style; no names listed.
 */
import { tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';
import { roleEndingAt } from './role-words.ts';
import { surnameAt } from './names.ts';
import { OPENS_NAME } from '../text/function-words.ts';

/** Verbs of two things meeting or blending (news style of culture stories). */
const BLENDING = /^(交织|共鸣|交融|融合|碰撞|相融|相映|辉映|交汇|对话|相遇|结合|共生|同框)/;
/** A common noun of the dictionary (烟火/n), no name (nr) nor place (ns). */
const THING_TAG = /^(n|nz|vn|an)$/;

/**
 * 烟火与某某交融: a "name" joined by 与 or 和 (the conjunctions of two things meeting, as in 甲与乙
 * 交融) to a common noun before it and followed by a verb of blending is a thing, like its partner.
 */
function coordinatedWithThing(text: string, f: Found): boolean {
  if (!/[与和]/.test(text[f.start - 1] ?? '') || !BLENDING.test(text.slice(f.end, f.end + 2)))
    return false;
  const before = tag(text.slice(Math.max(0, f.start - 7), f.start - 1));
  const other = before.at(-1);
  return !!other && other.word.length >= 2 && THING_TAG.test(other.tag);
}

/** Four characters of Han script, not opened by a double surname (欧阳某某 is a name of four). */
const isFourHan = (s: string) =>
  /^\p{Script=Han}{4}$/u.test(s) && (surnameAt(s, 0)?.length ?? 1) === 1;

function fourCharacterItem(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !/\p{Script=Han}/u.test(text[f.start - 1] ?? '')) return false;
  // 是某某某、: a particle, preposition or verb before a name closes no phrase with it.
  if (OPENS_NAME.test(text[f.start - 1]!)) return false;
  // 委员某某某、: a title's last character before a name is no part of a phrase.
  if (roleEndingAt(text, f.start) !== undefined) return false;
  const item = text.slice(f.start - 1, f.end);
  if (!isFourHan(item)) return false;
  // The next item, after 、 up to 、, 等 or a pause; or the item before, ending at the 、 before.
  if (text[f.end] === '、') {
    const next = /^[^、，。；！？等]*/.exec(text.slice(f.end + 1, f.end + 8))![0];
    if (isFourHan(next)) return true;
  }
  if (text[f.start - 2] === '、') {
    const before = /[^、，。；！？]*$/.exec(text.slice(Math.max(0, f.start - 9), f.start - 2))![0];
    if (isFourHan(before)) return true;
  }
  return false;
}

/** A name by sight that coordinates with a thing, or cuts a four-character phrase of a list. */
export const coordinatedWord = (text: string, f: Found): boolean =>
  f.via === 'sight' && (coordinatedWithThing(text, f) || fourCharacterItem(text, f));
