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

const WHEN_OR_AROUND =
  /^(过去|以往|此前|原来|原先|原有|现有|目前|当前|如今|今后|周围|四周|邻近|临近|相邻|毗邻)/;
/** Common nouns of places (城市 is tagged a place name by the segmenter): no name. */
const COMMON_PLACE = /^(城市|都市|城区|城镇|地方|区域|地区|县域|市域|乡村|农村|省内|市内|各地)$/;

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
  return words.length === 1 && /^vn?$/.test(words[0]!.tag);
}
