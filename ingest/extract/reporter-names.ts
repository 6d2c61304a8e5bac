/**
 * A reporter named in running text (记者某某正拿着话筒…, 记者某某也来到…, 通讯员某某在现场看到): after
 * 记者 or 通讯员 the name is glued to the adverb that opens its predicate, so no pause, speech verb
 * or title closes it and the statistics may read the adverb into the name (某某正) or refuse the
 * whole. A credit's role word is no post title (people.ts afterTitle skips it); here the adverb
 * and the verb after it close the name. Of two readings (某婷|正在采访 or 某婷正|在采访) the one
 * whose adverb is longer wins: 正在 is one word, and 正 ends given names less often than 在 opens
 * a place.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import type { PersonFinding } from './facts.ts';
import { isPlausibleName, nameCandidatesAt, surnameLengthOf } from './names.ts';

const speech = gazetteer().speechVerbIndex;
/** A credit's role word right before the name, read in running text. */
const REPORTER_BEFORE = /(?:记者|通讯员)$/;
/** Adverbs that open a reporter's predicate, longest first (正在 before 正 and 在). */
const ADVERB =
  /^(正在|已经|刚刚|随即|随后|再次|一直|先后|同样|也|还|又|都|就|便|已|刚|曾|亦|正|在)/;

export function reporterBeforeAdverb(text: string, i: number): PersonFinding | undefined {
  if (!REPORTER_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return undefined;
  let best: { name: string; adverb: number } | undefined;
  for (const name of nameCandidatesAt(text, i)) {
    const end = i + name.length;
    const adverb = ADVERB.exec(text.slice(end, end + 2))?.[1];
    if (!adverb || !predicateAfter(text, end + adverb.length, adverb)) continue;
    // 记者某建正表示: a speech verb closes a name as well as an adverb opens a predicate, and a
    // name may end in the adverb's character (正): the speaker rules read the longer name.
    if (
      adverb.length === 1 &&
      speech.longestAt(text, end + 1) !== undefined &&
      isPlausibleName(name + adverb, surnameLengthOf(name))
    )
      continue;
    // Shortest first: a longer name wins only with an adverb at least as long.
    if (!best || adverb.length >= best.adverb) best = { name, adverb: adverb.length };
  }
  if (!best) return undefined;
  return { name: best.name, start: i, end: i + best.name.length, posts: [], via: 'post' };
}

/**
 * A verb after the adverb (正|拿着, 也|看到, 正在|采访); 在 is also a preposition, and a place
 * follows it (在现场看到), so anything but a pause does.
 */
function predicateAfter(text: string, at: number, adverb: string): boolean {
  if (!/\p{Script=Han}/u.test(text[at] ?? '')) return false;
  if (adverb === '在') return true;
  return /^v/.test(tag(text.slice(at, at + 4))[0]?.tag ?? '');
}
