/**
 * Names read by sight alone that are a verb phrase or a title inside a body's name (people63, on
 * fresh national days; ./sight-pieces.ts asks these of every sight finding):
 * - 乐教爱生、甘于奉献的…: two characters jieba's dictionary holds as a verb (甘于, 勇于, 善于)
 *   with a verb of two characters or more right after them are the verb phrase, not a surname and
 *   a given name; not before a follower of names (某某主持, 某某表示), where a name ends.
 * - 德黑兰的伊玛目某某大学: a word tagged as a name right before a name that opens an institution
 *   (某某大学, 某某清真寺: thing-contexts.ts) is the title or the first part of that institution's
 *   name, no person of its own (the institution's name drops the second already).
 * - 从某某的…，到《某某》里的…: a range from a "name" to a work's title sets things side by side.
 * General rules of Chinese news style, written by hand; no names listed.
 */
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { followScore } from './name-follow.ts';
import type { Found } from './story-names.ts';
import { institutionAfter } from './thing-contexts.ts';

/** 甘于奉献: a dictionary verb of two characters read as a name, then a verb. */
export function verbPhraseBySight(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 2) return false;
  const [word] = tag(f.name);
  if (word?.word !== f.name || word.tag !== 'v' || dictionaryFrequency(f.name) === 0) return false;
  const next = tag(text.slice(f.end, f.end + 4))[0];
  return !!next && next.word.length > 1 && next.tag === 'v' && followScore(text, f.end) < 3;
}

/** 伊玛目某某大学: a name by sight right before a name that an institution's word closes. */
export function beforeNamedInstitution(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  const next = tag(text.slice(f.end, f.end + 6))[0];
  return !!next && /^nr/.test(next.tag) && institutionAfter(text, f.end + next.word.length);
}

/**
 * 从某某的斑斓多姿，到《某某图》里的生活百态: a range opened by 从 before the name and closed by 到
 * a work's title (《…》) in the same sentence sets a thing beside a work (an art, a craft, a
 * relic), not a person.
 */
const RANGE_TO_WORK = /^[^。！？；从]{0,16}到《/;
export const rangeToWork = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  text[f.start - 1] === '从' &&
  RANGE_TO_WORK.test(text.slice(f.end, f.end + 20));
