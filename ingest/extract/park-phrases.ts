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

/**
 * 高新技术产业开发区、自由贸易试验区叠加: the kind of a zone printed with no name before it (the
 * story's place named in an earlier clause) is a kind, no park of its own (things48-a); nor is a
 * part (C区) of a park printed by its kind alone (工业园区C区园区, things48-l).
 */
const KIND_ONLY = /^(国家级|省级)?(高新技术产业|高新技术|经济技术|高新|经开|工业|产业)?$/;
const PART_OF_KIND = /^(工业|产业|高新)?(园区|开发区)/;

/** Whether `head` + `suffix` ending at `end` of `text` names no park (a crime compound, a title's concept). */
export function notAPark(text: string, head: string, suffix: string, end: number): boolean {
  if (suffix.endsWith('园区') && CRIME.test(head)) return true;
  if (/开发区|园区$/.test(suffix) && (KIND_ONLY.test(head) || PART_OF_KIND.test(head))) return true;
  if (suffix === '生态圈' && /^\p{Script=Han}/u.test(text.slice(end))) {
    const open = text.lastIndexOf('《', end);
    return open >= 0 && text.indexOf('》', open) > end && !text.slice(open, end).includes('》');
  }
  return false;
}
