/**
 * 上海市徐汇区委书记甲，区委副书记、区长乙率队: a list of one area's leaders names the area with
 * the first title and prints the next ones bare. A story naming several districts (the host's and
 * a visiting delegation's) has no one 区 of the story (./posts-at-level.ts), so the bare 区委副书记
 * stayed bare; it is the area the list named, the nearest area of that level named before it in
 * its sentence with a title of its own (徐汇区委…, 云浮市委常委…, 罗庄区区委书记). An area named
 * without a title (到某区考察，区委书记某某…) is the visit's place, no title's, and says nothing.
 */
import { levelClass, CITY_TO_COUNTY } from '../text/level-words.ts';
import { findDistricts, districtInfo } from './places.ts';
import type { PostTitle } from './facts.ts';
import type { Mention } from './mentions.ts';
import { atHome } from './posts-at-home.ts';
import { provinceOf } from './located-in.ts';
import { otherCityBefore } from '../resolve/prefecture-home.ts';

/** What follows an area's name in a title of its own: its bodies, its head (委, 政府, 区长…). */
const CITY_LEVEL = levelClass(CITY_TO_COUNTY + '州');
const OWN_TITLE = new RegExp(
  `^${CITY_LEVEL}?(?:委|政府|人大|政协|纪委|监委|(?:常务)?[副代]?${CITY_LEVEL}长|常务副${CITY_LEVEL}长)`,
);

/** The levels of the areas a bare title's level word stands for. */
const LEVELS: Record<string, ReadonlySet<string>> = {
  区: new Set(['district']),
  县: new Set(['county', 'autonomous-county']),
  市: new Set(['city']),
  // an autonomous prefecture (黔南州委常委、州政府副州长某某): a prefecture-level area
  州: new Set(['city']),
};

/** The text of the sentence holding `at`, before it (what a list printed before a title). */
export function clauseBefore(text: string, at: number): string {
  const start = Math.max(...['。', '！', '？', '\n', '；'].map((c) => text.lastIndexOf(c, at - 1)));
  return text.slice(start + 1, at);
}

/**
 * The area of level word `level` (区, 县, 市) a list named with a title of its own before a bare
 * title (`before` is its sentence up to the title), or undefined: the nearest area of that level
 * named there, when a title of its own follows it.
 */
export function titledPlaceBefore(before: string, level: string): string | undefined {
  const levels = LEVELS[level];
  if (!levels || !before.includes(level)) return undefined;
  // 淮阳县 of 淮阳区 (a county since made a district): the county, as printed; 黔南州 of
  // 黔南布依族苗族自治州 as printed too (黔南州政府副州长 is the form the list's first title has).
  const place = (m: Mention) =>
    /[县州]$/.test(m.surface) && m.surface.length > 2 ? m.surface : m.name;
  const areas = findDistricts(before).filter(
    (m) =>
      place(m).endsWith(level) &&
      (levels.has(districtInfo(m.name)?.level ?? '') || place(m) !== m.name),
  );
  const nearest = areas.sort((a, b) => a.start - b.start).at(-1);
  return nearest && OWN_TITLE.test(before.slice(nearest.end)) ? place(nearest) : undefined;
}

/** Where a post's title was printed and the story's areas (index.ts addPeople). */
export interface TitleSite {
  text: string;
  sentence: string;
  /** Where the title (else the name) starts. */
  at: number;
  /** Where the name starts: a chain's earlier titles (清涧县委副书记、县长某某) are its list too. */
  name: number;
  home?: string;
  city?: string;
}

/**
 * A title as the office of its area: a bare local title at its village, town or county
 * (./posts-at-level.ts; `at` reads the local readers), then the story's province or
 * municipality, then the page's city (../resolve/prefecture-home.ts) unless another city is named
 * before it, else a city or an autonomous prefecture a list named with its own title (云浮市委常委甲，
 * 市政府秘书长乙; 黔南州委常委、州政府副州长丙). `placed`
 * is the title where a local reader or a titled city placed it (their bare bodies are the placed
 * one's: placedBody), `atCity` whether the page's city placed it.
 */
export function postInArea(
  printed: PostTitle,
  site: TitleSite,
  local: (post: PostTitle, sentence: string, before?: string) => PostTitle,
): { post: PostTitle; placed: PostTitle; atCity: boolean } {
  const before = clauseBefore(site.text, Math.max(site.at, site.name));
  const placed = local(printed, site.sentence, before);
  const inProvince = atHome(placed, site.home);
  const atCity = !!site.city && !otherCityBefore(site.text, site.at, site.city);
  if (atCity) return { post: atHome(inProvince, site.city!), placed, atCity };
  // 副市长, 常务副市长: a head's deputy after the list's city (铁岭市委书记甲，…副市长乙) is the city's too
  const level = /^(?:常务)?[副代]?([市州])/.exec(printed.organization || printed.role)?.[1];
  const city = level && titledPlaceBefore(before, level);
  if (!city || cityTooFar(districtInfo(city)?.name ?? city, site.home))
    return { post: inProvince, placed, atCity };
  const post = atHome(inProvince, city);
  return { post, placed: post, atCity };
}

/** A city of another province than the story's is no bare 市 title's (a municipality's is its own). */
function cityTooFar(city: string, home: string | undefined): boolean {
  return !!home && (/^(北京|天津|上海|重庆)市$/.test(home) || provinceOf(city) !== home);
}
