/**
 * Phrases that end like a park but name none, or name one only after a route's 到 (types38,
 * issue 13, from a junk park of the cctv25q annotation and two of fresh days):
 * - 从某湾区到某市某科学城: a route of two places glued at 到 (the segmenter reads 区到 as one
 *   word, so the visit verbs of parks.ts miss it): the park starts after 到;
 * - 某地区规模化电诈园区: a compound of scam or gambling rings is a crime scene, no park;
 * - 《共建共享某某媒体科创生态圈宣言》: an ecosystem named inside a document's title, the title
 *   running on after it, is the document's concept, no park.
 */
import { startsWithPlace } from './places.ts';

/** Telecom fraud, fraud, online gambling: what a crime compound (园区) is run for. */
const CRIME = /(电诈|诈骗|网诈|网赌|赌博|涉诈|涉赌)$/;

/** Where the park's name starts after a route's 到 in `head` (the name left of the suffix), or 0. */
export function afterRoute(head: string): number {
  for (let i = head.length - 3; i >= 1; i--)
    if (head[i] === '到' && startsWithPlace(head.slice(i + 1))) return i + 1;
  return 0;
}

/** Whether `head` + `suffix` ending at `end` of `text` names no park (a crime compound, a title's concept). */
export function notAPark(text: string, head: string, suffix: string, end: number): boolean {
  if (suffix.endsWith('园区') && CRIME.test(head)) return true;
  if (suffix === '生态圈' && /^\p{Script=Han}/u.test(text.slice(end))) {
    const open = text.lastIndexOf('《', end);
    return open >= 0 && text.indexOf('》', open) > end && !text.slice(open, end).includes('》');
  }
  return false;
}
