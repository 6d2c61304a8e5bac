/**
 * A county's park printed three ways in one page (issue 13): with the county's name (遂平县产业
 * 集聚区), with its short form (遂平产业集聚区), and with the level word alone (县产业集聚区,
 * 我县经济开发区), as a county's paper writes its own bodies. All are the park of the story's county
 * named in full, one node: the short and bare forms are the page's county's, when the story names
 * one county of that level (a bare 县 in a story of two counties says not which).
 */
import { levelClass, COUNTY_LEVELS as COUNTY_LEVEL_WORDS } from '../text/level-words.ts';
import { districtInfo, findDistricts } from '../extract/places.ts';

/** 县产业集聚区, 我县经济开发区, 区工业园: the level word (and 我/本) before the park's own name. */
const BARE_LEVEL = new RegExp(
  String.raw`^(?:我|本)?(${levelClass(COUNTY_LEVEL_WORDS)})(\p{Script=Han}{3,})$`,
  'u',
);
const COUNTY_LEVELS = new Set(['county', 'district', 'autonomous-county']);

/** The county-level districts a story names, per level word (县, 区, 旗). */
function storyCounties(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of findDistricts(text)) {
    if (!COUNTY_LEVELS.has(districtInfo(m.name)?.level ?? '')) continue;
    const level = m.name.at(-1)!;
    out.set(level, (out.get(level) ?? new Set()).add(m.name));
  }
  return out;
}

/** 县产业集聚区 in a story of one 县 (遂平县): that county's 遂平县产业集聚区. */
function bareLevelPark(short: string, counties: Map<string, Set<string>>): string | undefined {
  const bare = BARE_LEVEL.exec(short);
  const named = bare && counties.get(bare[1]!);
  return named?.size === 1 ? [...named][0]! + bare![2]! : undefined;
}

/**
 * The park `short` stands for when it is a county's park printed bare or short, else undefined.
 * A short form (遂平产业集聚区) is the county's park only where the story names that park in full
 * or bare too: a county's short name may start another place's name (江北嘴 is no 江北区's).
 */
export function countyPark(short: string, parks: string[], text: string): string | undefined {
  const counties = storyCounties(text);
  const bare = bareLevelPark(short, counties);
  if (bare || BARE_LEVEL.test(short)) return bare;
  const printed = new Set(parks.map((p) => bareLevelPark(p, counties) ?? p));
  for (const names of counties.values())
    for (const county of names) {
      const stem = county.slice(0, -1);
      if (stem.length < 2 || !short.startsWith(stem) || short.startsWith(county)) continue;
      const full = county + short.slice(stem.length);
      if (printed.has(full)) return full;
    }
  return undefined;
}
