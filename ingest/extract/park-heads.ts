/**
 * What stands before a park's word and names no park (indu44, issue 13, four junk parks of one
 * fresh 新闻联播 story on merging development zones):
 * - 过去省级经开区, 周围城市经开区: a time (过去, 目前) or the surroundings (周围, 邻近) before a
 *   level or a common noun of places (省级, 城市) speaks of zones of a kind, then or around;
 * - 不影响园区企业经营, 管理园区: one verb before the bare word is a clause with the park word as
 *   its object;
 * - 实现园区事情园区办: a name never opens with the bare word 园区 (a slogan repeats it).
 */
import { tag } from '../text/segmenter.ts';
import { districtShortNames } from './places.ts';
import { nameStart } from './spans.ts';

const WHEN_OR_AROUND =
  /^(过去|以往|此前|原来|原先|原有|现有|目前|当前|如今|今后|周围|四周|邻近|临近|相邻|毗邻)/;
/** Common nouns of places (城市 is tagged a place name by the segmenter): no name; nor with a
 * quality that sorts places (学习先进地区开发区建设经验: the zones of advanced places, lthings56). */
const COMMON_PLACE =
  /^(先进|发达|其他|其它|周边|兄弟|外地)?(城市|都市|城区|城镇|地方|区域|地区|县域|市域|乡村|农村|省内|市内|各地|省份|县市)$/;

/**
 * Whether `head` (what precedes the park's word) makes the phrase a kind of park or a clause;
 * `generic` tells the generic words of parks.ts (省级, 产业).
 */
export function headNamesNoPark(head: string, generic: (left: string) => boolean): boolean {
  if (/^园区/.test(head)) return true;
  const rest = head.replace(WHEN_OR_AROUND, '');
  if (rest !== head && (rest === '' || COMMON_PLACE.test(rest) || generic(rest))) return true;
  if (COMMON_PLACE.test(head)) return true;
  const words = tag(head);
  // 安化经开区: a county's name without its ending read as a verb (安化/v) is the county's zone.
  if (districtShortNames(['county', 'city', 'district'], true).has(head)) return false;
  return words.length === 1 && /^vn?$/.test(words[0]!.tag);
}

/**
 * 从安化经开区了解到: a county's name without its ending, glued before the bare kind of its own
 * zone, starts the zone's name (jieba reads some such names as verbs: 安化/v, so the walk stopped
 * before it; lthings56). Only the kinds a county names its zone by, and only with nothing between.
 */
const COUNTY_ZONE = /^(经开区|开发区|高新区|工业园区|工业园)$/;
export function countyBeforeZone(text: string, at: number, suffix: string): number {
  if (!COUNTY_ZONE.test(suffix) || nameStart(text, at) !== at) return 0;
  const counties = districtShortNames(['county', 'city', 'district'], true);
  for (const n of [3, 2]) {
    const stem = text.slice(Math.max(0, at - n), at);
    if (stem.length === n && counties.has(stem) && !/\p{Script=Han}/u.test(text[at - n - 1] ?? ''))
      return n;
    // 赴安化经开区, 在安化经开区: a preposition or a verb of going may stand glued before it.
    if (stem.length === n && counties.has(stem) && /[从在赴到来至]/.test(text[at - n - 1] ?? ''))
      return n;
  }
  return 0;
}
