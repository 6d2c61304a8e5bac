/**
 * The level words of China's administrative divisions (省, 市, 县…: the one character that ends a
 * division's name and opens its bodies, 县委, 市长, 镇政府) that rules look for: one table, each
 * member with what it names. A rule reads a named set below and builds its class with
 * `levelClass`; where rules take different levels on purpose, the set is named here for what it
 * covers, never a fresh copy of the characters in the rule. Every set is checked against the table
 * when the module loads (a difference between two sets is spelled with function-words.ts's
 * `without` or `+`). The names of the divisions themselves are in the gazetteer.
 */

/** Every member, with the level it names. */
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  省: 'province: 浙江省, 省委, 省长',
  市: 'city, of a prefecture or a county: 杭州市, 义乌市, 市委, 市长',
  区: "a city's district (西湖区, 区委, 区长), and an autonomous region's 区 in 区党委",
  县: 'county: 安吉县, 县委, 县长',
  州: 'autonomous prefecture printed short: 延边州, 州委, 州长',
  旗: "banner, Inner Mongolia's county: 鄂托克旗, 旗委, 旗长",
  盟: "league, Inner Mongolia's prefecture: 锡林郭勒盟, 盟委",
  镇: 'town: 芝河镇, 镇党委, 镇长',
  乡: 'township: 某某乡, 乡党委, 乡长',
  村: 'village: no government of its own, but the last level of a roll (省市县乡村)',
};

/** `chars`, checked to be members of the table (a set of level words). */
function levelsOf(chars: string): string {
  for (const c of chars) if (!(c in LEVEL_WORDS)) throw new Error(`${c}: not a level word`);
  return chars;
}

/** A character class of one of `chars`, to put in a pattern: [省市区县]. */
export function levelClass(chars: string): string {
  return `[${levelsOf(chars)}]`;
}

/** Province, city, district and county: the levels every province has (组织部, 县委, 区长). */
export const PROVINCE_TO_COUNTY = levelsOf('省市区县');

/** The same with the autonomous prefecture (州委, 州长), where a rule reads 自治州 printed short. */
export const PROVINCE_TO_COUNTY_AND_PREFECTURE = levelsOf('省市区县州');

/**
 * Every level from the province down to the county, Inner Mongolia's (旗, 盟) included: the levels
 * that make five-year plans and put forward their own campaigns (县委, 旗委, 盟委).
 */
export const COUNTY_AND_ABOVE = levelsOf('省市区县州旗盟');

/** The levels below the county, with a government of their own (镇政府, 乡党委). */
export const TOWNSHIPS = levelsOf('镇乡');

/** Every level with a government, province to township (代市长, 镇长, 盟长). */
export const GOVERNMENT_LEVELS = levelsOf(COUNTY_AND_ABOVE + TOWNSHIPS);

/** The levels a city's own bodies and titles read bare (市委, 区长, 县政府): no province. */
export const CITY_TO_COUNTY = levelsOf('市区县');

/** A city's district and the county levels (县区旗): where a county's parks and towns stand. */
export const COUNTY_LEVELS = levelsOf('区县旗');

/**
 * The county levels and the county-level city (某县, 某区, 某旗, 义乌市): the level word a county-level
 * division's name ends with (a sector after it is the county's: 某县马产业; a town after it is its
 * own: 永和县芝河镇).
 */
export const COUNTY_LEVEL_DIVISIONS = levelsOf(COUNTY_LEVELS + '市');

/** A city's levels and the townships (市委, 区长, 镇政府, 乡党委): the bare bodies of a local story. */
export const CITY_TO_TOWNSHIP = levelsOf(CITY_TO_COUNTY + TOWNSHIPS);
