/**
 * "Names" by sight that are pieces of a set phrase or of parallel clauses (people21, issue 11):
 * - 大豆苗齐苗壮: four characters whose first and third are the same and the others differ
 *   (A B A C: 苗齐苗壮, 善作善成) are one phrase; a name that shares two or more characters with it
 *   without starting at one of the repeated characters is cut out of that phrase (a run of names
 *   printed without separators, 王强王刚, starts each name at a repeated surname and stays);
 * - 提高党依宪治国、依宪执政的能力: a three-character name whose given name opens the next item
 *   of the list or clause again (、依宪…) is a surname-like word before a repeated verb phrase;
 *   a person's given name is not repeated as the head of parallel items.
 * - 高品质生活…、高颜值生态…、高效能治理…: a three-character name glued to a noun and whose
 *   surname opens two more items of the same sentence (people37) is the first word of parallel
 *   items (高 "high-"); a name opening a clause is followed by its verb (高某主持会议，高某介绍
 *   情况，…), so three such clauses stay names.
 * Read by `inThingContext` (thing-contexts.ts).
 */
import type { Found } from './story-names.ts';
import { NAME_DOT } from './name-stats.ts';
import { tag } from '../text/segmenter.ts';
import { runEnd, runStart } from '../text/sentences.ts';

const HAN4 = /^\p{Script=Han}{4}$/u;

export function insideSetPhrase(text: string, f: Found): boolean {
  if (f.via !== 'sight' || NAME_DOT.test(f.name)) return false;
  // Every four characters sharing two or more with the name (某超然|已然 shares one: no phrase).
  for (let k = Math.max(0, f.start - 2); k < f.end - 1; k++) {
    const w = text.slice(k, k + 4);
    if (!HAN4.test(w) || w[0] !== w[2] || w[1] === w[3] || w[0] === w[1]) continue;
    if (f.start === k || f.start === k + 2) continue;
    return true;
  }
  return parallelGiven(text, f) || parallelHead(text, f);
}

/** How far after the name the repeated head of the next item may be printed. */
const PARALLEL_WINDOW = 12;

function parallelGiven(text: string, f: Found): boolean {
  if (f.name.length !== 3) return false;
  const given = f.name.slice(1);
  const after = text.slice(f.end, f.end + PARALLEL_WINDOW);
  const pause = after.search(/[、，；]/);
  return pause >= 0 && after.startsWith(given, pause + 1);
}

/** Items of a sentence: what the pauses of a list or of clauses part. */
const ITEM_PAUSE = /[、，；：。！？\n]/;
const SENTENCE_END = /[。！？；\n]/;

function parallelHead(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !/^\p{Script=Han}/u.test(text.charAt(f.end))) return false;
  const from = runStart(text, f.start, SENTENCE_END);
  const to = runEnd(text, f.end, SENTENCE_END);
  if (from !== f.start && !ITEM_PAUSE.test(text.charAt(f.start - 1))) return false;
  const heads = text
    .slice(from, to)
    .split(ITEM_PAUSE)
    .filter((item) => item.length > f.name.length && item.startsWith(f.name.charAt(0)));
  if (heads.length < 3) return false;
  const next = tag(text.slice(f.end, f.end + 4))[0];
  return next !== undefined && next.tag.startsWith('n');
}
