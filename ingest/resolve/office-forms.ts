/**
 * One office printed two ways in different stories (orgpost18, issue 13): a country's
 * one-character short form for its name (黎真主党副总书记 / 黎巴嫩真主党副总书记) and a body's
 * name with its abbreviation in brackets for the abbreviation (某某抵抗运动（哈马斯）领导人 /
 * 哈马斯领导人). Used for post aliases (post-aliases.ts) and namesakes (people.ts).
 * prog63: a county's body printed with its province and city (安徽阜阳市太和县某基地党支部书记) and
 * with its province alone (安徽省太和县某基地党支部书记, the next day's story of the same man).
 */
import { gazetteer } from '../gazetteer/index.ts';

const g = gazetteer();
/** X（Y）… : the name before the brackets, Y its abbreviation. */
const BRACKETED = /^[^（(]+[（(]([^）)]{2,8})[）)]/;

/** The short forms `long` may be printed by (none for most offices). */
export function shortForms(long: string): string[] {
  const out: string[] = [];
  const abbreviation = BRACKETED.exec(long);
  if (abbreviation) out.push(abbreviation[1]! + long.slice(abbreviation[0].length));
  for (const [char, full] of SHORT_OF)
    if (long.startsWith(full) && long.length > full.length)
      out.push(char + long.slice(full.length));
  out.push(...withoutCity(long));
  return out;
}

/** The chain province, city, county at the start of `long`, printed without the city. */
function withoutCity(long: string): string[] {
  for (const province of PROVINCES) {
    const [name, forms] = province;
    const form = forms.find((f) => long.startsWith(f));
    if (!form) continue;
    for (const city of CITIES.get(name) ?? []) {
      const cityForm = [city.name, ...city.aliases].find((f) => long.startsWith(f, form.length));
      if (!cityForm) continue;
      const rest = long.slice(form.length + cityForm.length);
      const county = COUNTIES.get(city.name)?.find((c) => rest.startsWith(c.name));
      // The county and something of its own after it: a county's office, not the county's name.
      if (county && rest.length > county.name.length) return forms.map((f) => f + rest);
    }
    return [];
  }
  return [];
}

type District = (typeof g.districts)[number];
const byParent = (levels: RegExp) => {
  const map = new Map<string, District[]>();
  for (const d of g.districts)
    if (d.parent && levels.test(d.level)) map.set(d.parent, [...(map.get(d.parent) ?? []), d]);
  return map;
};
/** Provinces by name, with the forms they are printed in (安徽省, 安徽). */
const PROVINCES: [string, string[]][] = g.districts
  .filter((d) => d.level === 'province')
  .map((d) => [d.name, [d.name, ...d.aliases]]);
const CITIES = byParent(/^city$/);
const COUNTIES = byParent(/^(county|district)$/);

/** Whether `short` is the office `long` printed by a short form. */
export function printedShort(short: string, long: string): boolean {
  return short !== long && shortForms(long).includes(short);
}

/** Each country with a one-character short form of its own (美 → 美国; not 巴, several). */
const SHORT_OF = [...g.countryShort].filter((e): e is [string, string] => !!e[1]);
