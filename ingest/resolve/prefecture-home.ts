/**
 * The city a local page is at home in (issue 13): a prefecture's or a county-level city's paper
 * writes its own bodies bare (市委, 市政府, 市委宣传部, 副市长) and elsewhere with the city's name
 * (天水市委宣传部), one body either way. The province-level home (organizations.ts homeArea) only
 * covers the municipalities' 市; this is the city of a page of a province's city, found as the
 * province-level home is: its outlet near the top (天水日报, 宝鸡融媒, 晋中新闻网), else the city
 * the page names most, when it speaks as that city's paper (我市, 市领导) and no other city
 * is named nearly as often. A city named in the sentence of a visiting delegation (某市党政考察团
 * 来某地考察) is the guest's, not the page's, and is not counted. No home, no change: a national
 * story does not speak as a city (我市), so its bare 市 stays bare. An autonomous prefecture's page
 * is its 州's home where it titles that prefecture and no other (titledPrefecture).
 */
import { gazetteer, type DistrictEntry } from '../gazetteer/index.ts';
import { districtInfo, findDistricts } from '../extract/places.ts';
import { escapeRegExp, type Mention } from '../extract/mentions.ts';
import { provinceOf } from '../extract/located-in.ts';
import { DELEGATION_WORDS } from '../text/delegations.ts';

const g = gazetteer();

/** A province-level area: a prefecture's parent (a county-level city's parent is its prefecture). */
const PROVINCES = new Set(g.districts.filter((d) => d.level === 'province').map((d) => d.name));
/** The four municipalities: their 市 is the province-level home's (市委 of a Chongqing page). */
const MUNICIPALITY = /^(北京|天津|上海|重庆)市$/;

/** A city of a province: a prefecture (宝鸡市) or a county-level city (华阴市), not a municipality. */
function cityOfProvince(d: DistrictEntry | undefined): d is DistrictEntry {
  return !!d && d.level === 'city' && d.name.endsWith('市') && !MUNICIPALITY.test(d.name);
}

/** Every name and short form of the prefectures, for the outlets named after them. */
const prefectureNames = new Map<string, string>();
for (const d of g.districts)
  if (cityOfProvince(d) && d.parent && PROVINCES.has(d.parent))
    for (const n of [d.name, ...d.aliases]) if (n.length >= 2) prefectureNames.set(n, d.name);
/** A city's own paper, site or station (天水日报, 宝鸡融媒, 晋中新闻网, 商洛日报讯). */
const CITY_OUTLET = new RegExp(
  `(${[...prefectureNames.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:日报|晚报|融媒|新闻网|广播电视台|电视台)`,
);
/**
 * How a city's paper speaks of its city: 我市, 本市, 市领导, 市四套班子 (not 全市: a national story
 * of one city writes 全市上下 too).
 */
const CITY_VOICE = /我市|本市|市领导|市四[套大]班子/;
/** The page's own city sends the delegation (率我市党政考察团, 我市代表团一行). */
const OWN_DELEGATION = new RegExp(`我市[^。！？\n，,]{0,8}?(?:${DELEGATION_WORDS})`);
/**
 * 东北网黑河…讯, 黑河旅检口岸, 黑河市积极…: a city's page names its city by its short form more
 * than by its full name, and a short form that is a river's or a word's too (黑河) is no mention.
 * Where the full name is printed once and no other city at all, the short form's other printings
 * (the full name's among them) count it.
 */
function shortFormCount(text: string, city: string): number {
  const short = city.replace(/市$/, '');
  return short.length >= 2 ? text.split(short).length - 1 : 0;
}
/** A delegation that visits, or guests (客人): the city named before it in its sentence is the
 * guest's. */
const DELEGATION = new RegExp(`${DELEGATION_WORDS}|客人`);

/** The sentence's rest after `start` (up to its full stop). */
function restOfSentence(text: string, start: number): string {
  const stop = text.slice(start).search(/[。！？\n]/);
  return stop < 0 ? text.slice(start) : text.slice(start, start + stop);
}

/**
 * The city a page is at home in, or undefined. `province` is the page's province-level home: a
 * municipality's page has no other city for its 市, and a city of another province is no home.
 */
export function cityHome(
  text: string,
  mentions: readonly Mention[],
  province?: string,
): string | undefined {
  if (province && MUNICIPALITY.test(province)) return undefined;
  const inProvince = (city: string) => !province || provinceOf(city) === province;
  const outlet = CITY_OUTLET.exec(text.slice(0, 400))?.[1];
  if (outlet) {
    const city = prefectureNames.get(outlet)!;
    return inProvince(city) ? city : undefined;
  }
  // 市委书记甲率我市党政考察团抵达乙市: the page's city is the guest; the host named most is not it.
  if (OWN_DELEGATION.test(text)) return undefined;
  if (!CITY_VOICE.test(text))
    return countysCity(mentions, inProvince) ?? titledPrefecture(text, mentions, inProvince);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'district' || !cityOfProvince(districtInfo(m.name))) continue;
    if (DELEGATION.test(restOfSentence(text, m.end))) continue;
    counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  const under = [...counts.keys()]
    .map((c) => cityUnderTitledPrefecture(text, mentions, c, counts))
    .find(Boolean);
  if (under) return inProvince(under) ? under : undefined;
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!first || (second && second[1] * 2 > first[1])) return undefined;
  if (first[1] < 2 && (second || shortFormCount(text, first[0]) < 2)) return undefined;
  return inProvince(first[0]) ? first[0] : undefined;
}

/** A city's body or head right after its name (周口市委, 周口市政府, 周口市长; 周口 + 市委). */
const CITY_TITLE = /^市?(?:委|人民政府|政府|人大|政协|纪委|监委|长|副市长)/;

/**
 * lstrat63: 周口市委常委甲、周口市委宣传部副部长乙，我市市委常委丙陪同: a county-level city's page
 * names its prefecture only before the prefecture's bodies and heads (the city above, whose
 * leaders visit), and its own city bare too (项城市产业集聚区); its 我市 and bare 市委 are the
 * county-level city's, though the prefecture is named as often or more. Undefined when the prefecture is
 * named as a place once or more, or no county-level city of it is named.
 */
function cityUnderTitledPrefecture(
  text: string,
  mentions: readonly Mention[],
  prefecture: string,
  counts: ReadonlyMap<string, number>,
): string | undefined {
  const under = [...counts.keys()].filter((c) => districtInfo(c)?.parent === prefecture);
  if (under.length !== 1) return undefined;
  const titled = (name: string) =>
    mentions
      .filter((m) => m.type === 'district' && m.name === name)
      .map((m) => CITY_TITLE.test(text.slice(m.end)));
  const own = titled(prefecture);
  return own.length && own.every(Boolean) && !titled(under[0]!).every(Boolean)
    ? under[0]
    : undefined;
}

/** An autonomous prefecture's own body or head after its name (湘西州政协, 黔南州委, 凉山州州长). */
const PREFECTURE_TITLE = /^(?:州?(?:委|人民政府|政府|人大|政协|纪委|监委)|(?:常务)?[副代]?州长)/;

/**
 * 湖南省湘西州政协主席甲主持召开州政协常委会议。州政协副主席乙…: only an autonomous prefecture
 * has a 州 of its own bodies, and a page that names one with a title of its own and no other writes
 * its bare 州 titles for it (as a city's page its bare 市: the one prefecture as printed there,
 * 湘西州 or its full name). Not the prefecture of a visiting delegation's sentence.
 */
function titledPrefecture(
  text: string,
  mentions: readonly Mention[],
  inProvince: (city: string) => boolean,
): string | undefined {
  const named = new Set<string>();
  let titled: Mention | undefined;
  for (const m of mentions) {
    if (m.type !== 'district' || !/自治州$/.test(m.name)) continue;
    named.add(m.name);
    if (DELEGATION.test(restOfSentence(text, m.end))) return undefined;
    if (!titled && PREFECTURE_TITLE.test(text.slice(m.end))) titled = m;
  }
  if (named.size !== 1 || !titled || !inProvince(titled.name)) return undefined;
  return titled.surface;
}

/** The levels of a county-level place: its page is a county's or a town's, not a city's. */
const COUNTY_LEVELS = new Set(['district', 'county', 'autonomous-county']);

/**
 * 下桥镇召开…市委书记甲带队到徐闻县…湛江市“某某”活动: a county's or a town's page writes its
 * city's leaders bare too (市委书记, 市长: the city above the county). Where the page names one
 * county-level place and the city it belongs to, and no other city, the bare 市 is that city.
 */
function countysCity(
  mentions: readonly Mention[],
  inProvince: (city: string) => boolean,
): string | undefined {
  const counties = new Set<string>();
  const cities = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'district') continue;
    const d = districtInfo(m.name);
    if (COUNTY_LEVELS.has(d?.level ?? '')) counties.add(m.name);
    else if (cityOfProvince(d)) cities.add(m.name);
  }
  if (counties.size !== 1 || cities.size !== 1) return undefined;
  const city = districtInfo([...counties][0]!)?.parent;
  return city && cities.has(city) && inProvince(city) ? city : undefined;
}

/**
 * 榆林市委书记甲、市长乙率团到渭南: a bare title after another city's in its sentence is that
 * city's (the list names one city's leaders), not the page's. True when the nearest city named
 * before `at` in its sentence is not `city`.
 */
const OWN_NEXT = /^[，,、；\s]?(?:我市|本市)/;
export function otherCityBefore(text: string, at: number, city: string): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.slice(before.search(/[^。！？\n]*$/));
  const cities = findDistricts(clause).filter((m) => cityOfProvince(districtInfo(m.name)));
  const nearest = cities.sort((a, b) => a.start - b.start).at(-1);
  // lstrat63: 周口市委常委甲，我市市委常委乙: 我市 after the other city's leaders (or opening the
  // title's list) names the page's own.
  const own = /我市|本市/.test(clause.slice(nearest?.end ?? 0)) || OWN_NEXT.test(text.slice(at));
  if (own) return false;
  return !!nearest && nearest.name !== city;
}
