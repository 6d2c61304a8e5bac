/**
 * Clean-up campaigns a county, district or street names by what it cleans up (issue 13, local
 * pages): a quoted kind of place or problem with 综合整治/综合治理/专项整治/集中整治 after it
 * (“城中村”综合整治工作, “散乱污”专项整治), and the environment of the town and country cleaned up
 * at large (城乡环境大整治, 农村环境综合整治). A bare 环境整治 is any tidying and names nothing.
 */
import { program } from './program-mention.ts';
import type { Mention } from './mentions.ts';

const QUOTED_KIND = /[“"]([^“”"、，。\n]{2,8})[”"](综合整治|综合治理|专项整治|集中整治|整治提升)/gu;
const PLACE_AT_LARGE =
  /(城乡|城市|农村|乡村|城镇|镇村|村庄|城区|全域)环境(大整治|综合整治)(?!项目|工程)/g;

export function cleanUpCampaigns(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(QUOTED_KIND)) {
    const p = program(m[1]! + m[2]!, m[0], m.index, '整治');
    if (p) out.push(p);
  }
  for (const m of text.matchAll(PLACE_AT_LARGE)) {
    const p = program(m[0], m[0], m.index, '整治');
    if (p) out.push(p);
  }
  return out;
}
