/**
 * One body whether its area is printed in full or by its short form (issue 13): 天津市援甘前指 on
 * one page and 天津援甘前指 on another, 甘肃省商务厅 and 甘肃商务厅. Across the corpus, an
 * organisation or a post printed after a province's or a city's short form is the one printed
 * after the full name, where that one is printed too: no full name is made up, and a short form
 * two areas share (吉林: 吉林省 and 吉林市) merges only where one of them is printed. An autonomous
 * area's short form drops its peoples (靖州县政协, 黔南州委: gazetteer withAutonomousShortForms).
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { BodyNames } from './body-names.ts';

export const AREA_SHORT_FORM_REASON = 'the body printed elsewhere with its area in full';

/** 靖州县 of 靖州苗族侗族自治县, 湘西州 of 湘西土家族苗族自治州: its place name and level word. */
const autonomousShort = (a: string, name: string) =>
  name.startsWith(a.slice(0, -1)) && name.endsWith('自治' + a.at(-1));

/**
 * Short form -> full names of the provinces and cities it abbreviates (天津 -> 天津市), and of the
 * autonomous areas (靖州县政协 is the 靖州苗族侗族自治县政协 printed too).
 */
const fullNames = new Map<string, string[]>();
for (const d of gazetteer().districts) {
  const ofArea = d.level === 'province' || d.level === 'city';
  for (const a of d.aliases)
    if (
      a.length >= 2 &&
      a !== d.name &&
      ((ofArea && d.name.startsWith(a)) || autonomousShort(a, d.name))
    )
      fullNames.set(a, [...(fullNames.get(a) ?? []), d.name]);
}
const LONGEST_SHORT = Math.max(0, ...[...fullNames.keys()].map((a) => a.length));

/** Names of `names` printed after a short form -> the one name printed after the full form. */
function fullForms(names: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of names)
    for (let k = Math.min(LONGEST_SHORT, n.length - 2); k >= 2; k--) {
      const full = fullNames.get(n.slice(0, k));
      if (!full) continue;
      const rest = n.slice(k);
      // 天津市委 is printed in full already: its short form's rest would start with the level.
      if (full.some((f) => n.startsWith(f))) break;
      const printed = full.map((f) => f + rest).filter((f) => names.has(f));
      if (printed.length === 1) map.set(n, printed[0]!);
      break;
    }
  return map;
}

/** Organisation and post node names printed after an area's short form -> the full form. */
export function areaShortFormMaps({ organization: orgs, post: posts }: BodyNames): {
  organization: Map<string, string>;
  post: Map<string, string>;
} {
  return { organization: fullForms(orgs), post: fullForms(posts) };
}
