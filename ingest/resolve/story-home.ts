/**
 * Where a story is at home (issue 13): the province-level area and the city whose bodies it
 * writes bare (省委, 市委宣传部, 副市长). The province is printed (an outlet near the top, or the
 * area named most: organizations.ts homeArea) or, where none is, the province of the city the
 * page speaks as (prefecture-home.ts: 省委书记 on a 黑河 page is 黑龙江's), or of the one county
 * a county's page speaks as (我县, 县领导: 省政府副秘书长 on a 泾川县 page is 甘肃's).
 */
import type { Mention } from '../extract/mentions.ts';
import { provinceCounts, provinceOf } from '../extract/located-in.ts';
import { homeArea } from './organizations.ts';
import { cityHome } from './prefecture-home.ts';

/** How a county's page speaks of its county (not 全县: a national story of one county writes it). */
const COUNTY_VOICE = /我县|本县|县领导|县四[套大]班子/;

/** `counties`: the story's one county-level district per level word (level-places.ts). */
export function storyHome(
  text: string,
  mentions: readonly Mention[],
  counties: ReadonlyMap<string, string>,
  pageHome: string | undefined,
): { home: string | undefined; city: string | undefined } {
  const printed = homeArea(text, provinceCounts(mentions as Mention[])) ?? pageHome;
  const city = cityHome(text, mentions, printed);
  if (printed) return { home: printed, city };
  const county = COUNTY_VOICE.test(text) ? counties.get('县') : undefined;
  const from = city ?? county;
  return { home: from ? provinceOf(from) : undefined, city };
}
