/** Districts: China's provinces and cities, Chongqing's districts, counties and new areas. */
import { gazetteer, type DistrictEntry } from '../gazetteer/index.ts';
import { dictionaryFrequency, tag, wordStartingAt } from '../text/segmenter.ts';
import { escapeRegExp, literalMatcher, type Mention } from './mentions.ts';
import {
  endOfLine,
  endsInsideRouteWord,
  inListOfIzations,
  insideCustomsArea,
  namesRiverOrPass,
} from './place-features.ts';
import { namesSpecies } from './species-places.ts';
import { insideCompassWord, insideOtherName, startsInsideNoun } from './place-owners.ts';
import { countryPair, otherSense } from './short-form-senses.ts';
import { insideListedName } from './place-in-names.ts';
import { namesFacility } from './facility-names.ts';
import { inProvinceCityPair } from './province-city-pairs.ts';
import { FORMER_COUNTY_STEM } from './frequency-thresholds.ts';

const g = gazetteer();

/**
 * 凤翔县 for 凤翔区, 淮阳县 for 淮阳区: many districts were counties until made districts (撤县设区:
 * 凤翔县 in 2021), the gazetteer lists today's names and older pages print the county (lthings58-l;
 * the gazetteer reads 禄丰县 for 禄丰市 so, formerCounty). Not where a county of that name still
 * exists or another county's name opens with it (大通县 is 大通回族土族自治县's short form, not
 * 大通区'), nor where the name is a common word (光明县 is a drama's county, not 光明区).
 */
function formerCounties(): [string, DistrictEntry][] {
  const names = g.districts.map((d) => d.name);
  const out: [string, DistrictEntry][] = [];
  for (const d of g.districts) {
    const stem = /^(\p{Script=Han}{2,})区$/u.exec(d.name)?.[1];
    if (!stem || d.level !== 'district' || dictionaryFrequency(stem) > FORMER_COUNTY_STEM) continue;
    if (names.some((n) => n !== d.name && n.startsWith(stem))) continue;
    out.push([stem + '县', d]);
  }
  return out;
}
const byAlias = new Map<string, DistrictEntry>();
// The first entry of a name wins: Chongqing's own (districts.json) before other provinces'.
// Short forms that are compound surnames (濮阳) are left to the people finder.
const ambiguous = (d: DistrictEntry, n: string) =>
  g.ambiguousShortForms.has(n) || (n !== d.name && g.compoundSurnames.has(n));
for (const d of g.districts)
  for (const n of [d.name, ...d.aliases])
    if (!ambiguous(d, n) && !byAlias.has(n)) byAlias.set(n, d);
for (const [county, d] of formerCounties()) if (!byAlias.has(county)) byAlias.set(county, d);
const match = literalMatcher(byAlias.keys());
/** Every name and short form, ambiguous ones too (乌苏): to tell a place glued before another. */
const anyPlace = new Map<string, DistrictEntry>();
for (const d of g.districts)
  for (const n of [d.name, ...d.aliases]) if (!anyPlace.has(n)) anyPlace.set(n, d);
const matchAny = literalMatcher([...anyPlace.keys()].filter((n) => n.length > 1));

/**
 * Short forms refused on their own (长寿, 大足 are words too; 万盛 for 万盛经开区): taken where
 * the sentence plainly names a place — after 在/到/赴… and before a pause or 举行/召开….
 */
const contextual = new Map<string, DistrictEntry>();
for (const d of g.districts) {
  // Any province's short form that is also a word (安康 is well-being too).
  for (const n of d.aliases)
    if (g.ambiguousShortForms.has(n) && n.length > 1 && !contextual.has(n)) contextual.set(n, d);
  if (d.parent !== '重庆市') continue;
  const stem = /^(\p{Script=Han}{2})(经开区|新区|高新区)$/u.exec(d.name)?.[1];
  if (stem && !byAlias.has(stem)) contextual.set(stem, d);
}
const matchContextual = literalMatcher(contextual.keys());
const PLACE_BEFORE = /(在|到|赴|来到|走进|落户|位于|来自|前往)$/;
const PLACE_AFTER = /^([，。、；！？,]|举行|召开|开幕|启动|举办|调研|考察|开展|落地)/;

function contextualShortForms(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { surface, start } of matchContextual(text)) {
    const end = start + surface.length;
    if (!PLACE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (!PLACE_AFTER.test(text.slice(end, end + 2))) continue;
    out.push(districtMention(contextual.get(surface)!, surface, start));
  }
  return out;
}
const matchStart = literalMatcher([...byAlias.keys()].filter((n) => n.length >= 2));

/** Short forms followed by these are part of another name (江北机场, 渝中半岛, 某某巷, a street named
 * after a city with its direction: 南京西路 in Shanghai; 中山老街, a street named after a man; not 在厦门大街小巷, the idiom), not the area: a
 * ship (岳阳舰), an oil field or basin (大庆油田, 鄂尔多斯盆地), a launch centre (酒泉卫星发射中心)
 * or an irrigation district are named after a place without being in the news as that place. */
const NOT_AFTER_SHORT =
  /^(机场|大学|学院|中学|小学|[东南西北中]?路|[东南西北中老新]?街|大街(?!小巷)|步行街|巷|胡同|站|火车站|半岛|日报|晚报|商报|银行|集团|公司|大道|广场|古镇|镇|乡|村|街道|社区|舰|号|油田|气田|盆地|卫星发射中心|发射中心|灌区)|^\p{Script=Han}{0,4}(鱼|鸟|虫|蛙|蛇|龟|兽)/u;

/** A place name that begins a company's or school's name is part of that name (重庆某某有限公司). */
const INSIDE_ORG_NAME =
  /^[\p{Script=Han}()（）]{0,12}?(股份有限公司|有限责任公司|有限公司|集团|大学|学院|日报|晚报|银行|研究院|研究所|电视台)/u;

/** A country's name that runs into the place (越南宁平: not 南宁): the place is inside it. */
function insideCountry(text: string, start: number, surface: string): boolean {
  for (let from = start - 1; from >= Math.max(0, start - 4); from--)
    for (let end = start + 1; end < start + surface.length; end++)
      if (g.countries.has(text.slice(from, end))) return true;
  return false;
}

/**
 * 苏梅州 (Sumy oblast) is not 梅州: a short form ending in 州 glued to a stray character before it
 * (a one-character word that is no verb, preposition or the like) ends a foreign region's name,
 * unless a province ends there (广东梅州, 江苏苏州). Once read so, the short form is that region
 * everywhere in the story (乌苏梅州 too, where 乌苏 hides the stray 苏).
 */
function foreignRegions(text: string, matches: { surface: string; start: number }[]): Set<string> {
  const out = new Set<string>();
  for (const { surface, start } of matches) {
    const d = byAlias.get(surface)!;
    if (surface === d.name || !surface.endsWith('州') || out.has(surface)) continue;
    if (start === 0 || isEdge(text[start - 1]) || provinceEndsAt(text, start)) continue;
    const words = tag(text.slice(Math.max(0, start - 4), start + surface.length));
    const before = words.at(-2);
    const stray = before?.word.length === 1 && /^(j|n|x)/.test(before.tag);
    if (words.at(-1)?.word === surface && (stray || strangerBefore(text, start, d)))
      out.add(surface);
  }
  return out;
}

/** 乌苏梅州: a place glued before that is not the short form's province or city (乌苏 + 梅州). */
function strangerBefore(text: string, start: number, d: DistrictEntry): boolean {
  for (let from = Math.max(0, start - 3); from < start - 1; from++) {
    const n = text.slice(from, start);
    const p = anyPlace.get(n) ?? anyPlace.get(n + '市') ?? anyPlace.get(n + '县');
    if (p && p.name !== d.parent && p.name !== d.name) return true;
  }
  return false;
}

function provinceEndsAt(text: string, end: number): boolean {
  for (let from = Math.max(0, end - 3); from < end - 1; from++)
    if (byAlias.get(text.slice(from, end))?.level === 'province') return true;
  return false;
}

/** A division by name or short form; `anyForm` takes ambiguous short forms too (江北, 长寿). */
export function districtInfo(name: string, anyForm = false): DistrictEntry | undefined {
  return anyForm ? anyPlace.get(name) : byAlias.get(name);
}

type Level = DistrictEntry['level'];
const shortNameSets = new Map<string, ReadonlySet<string>>();

/**
 * The short names (two characters or more) of the districts of some levels, built once per ask:
 * the gazetteer's aliases (郑州 for 郑州市) and, with `endingCut`, each name without its ending
 * (蓬溪 for 蓬溪县, listed for few counties). A rule reading a place by its short name asks here.
 */
export function districtShortNames(
  levels: readonly Level[] | 'all',
  endingCut: boolean,
): ReadonlySet<string> {
  const key = `${levels === 'all' ? levels : levels.join()}:${endingCut}`;
  let names = shortNameSets.get(key);
  if (!names) {
    const set = new Set<string>();
    for (const d of g.districts) {
      if (levels !== 'all' && !levels.includes(d.level)) continue;
      for (const a of d.aliases) if (a.length >= 2) set.add(a);
      const short = d.name.replace(/(自治县|县|区|市|旗)$/, '');
      if (endingCut && short.length >= 2 && short !== d.name) set.add(short);
    }
    shortNameSets.set(key, (names = set));
  }
  return names;
}

/** Whether a text begins with a known district name or short form. */
export function startsWithPlace(text: string): boolean {
  return matchStart.at(text, 0) !== undefined;
}

export function findDistricts(text: string): Mention[] {
  const out: Mention[] = [];
  const matches = match(text);
  const foreign = foreignRegions(text, matches);
  for (const { surface, start } of matches) {
    if (foreign.has(surface) && !provinceEndsAt(text, start)) continue;
    const m = districtAt(text, surface, start);
    if (m) out.push(m);
  }
  return [...out, ...unlistedCounties(text, matches), ...contextualShortForms(text)];
}

/**
 * `findDistricts(text).find((d) => d.start === 0)` without scanning the rest of the text: only
 * the first match can start at 0, and unlisted counties never do.
 */
export function districtAtStart(text: string): Mention | undefined {
  const surface = match.at(text, 0);
  const m = surface === undefined ? undefined : districtAt(text, surface, 0);
  return m?.start === 0 ? m : undefined;
}

/**
 * A list closed by 等 or 两大 and such a thing (在大庆、胜利等主力油田, 鄂尔多斯、渤海湾等重点含油气
 * 盆地, 京津冀和晋中两大城市群, 某某、三门峡等六座水库): its items are the things.
 */
const LIST_OF_THINGS =
  /^(?:[、和与]\p{Script=Han}{1,6}){0,8}(?:等|[两三四五六]大)\p{Script=Han}{0,6}?(舰|油田|气田|盆地|灌区|城市群|水库|水电站)/u;

function districtAt(text: string, surface: string, start: number): Mention | undefined {
  const d = byAlias.get(surface)!;
  const rest = text.slice(start + surface.length, start + surface.length + 80);
  if (surface !== d.name && (NOT_AFTER_SHORT.test(rest) || LIST_OF_THINGS.test(rest))) return;
  const word =
    isWholeToken(text, start, surface) || inProvinceCityPair(text, start, surface, d, pairs);
  if (surface !== d.name && (!word || countryPair(text, surface))) return;
  if (surface !== d.name && endsPlaceBefore(text, start, d)) return;
  // 孟某、郭汉中等: a short form after a surname, one item of a list of people (place-in-names.ts).
  if (surface !== d.name && insideListedName(text, start, surface, (n) => anyPlace.has(n))) return;
  if (otherSense(text, start, surface, d, (t) => matchAny(t).length > 0)) return;
  if (insideOtherName(text, start, surface, d, (n) => anyPlace.get(n))) return;
  if (surface !== d.name && namesRiverOrPass(text, start + surface.length)) return;
  if (surface !== d.name && namesSpecies(text, start + surface.length)) return; // 海南长臂猿
  if (surface !== d.name && endsInsideRouteWord(text, start + surface.length)) return; // 呼南通道
  if (surface !== d.name && inListOfIzations(text, start, surface)) return; // 联通化、一体化
  if (NUMERAL.test(text[start - 1] ?? '') || insideCustomsArea(text, start, surface)) return;
  if (namesFacility(rest) || insideCountry(text, start, surface)) return;
  if (endOfLine(text, start, start + surface.length)) return;
  if (surface === d.name && d.wordStart && !startsWord(text, start, surface)) return;
  if (surface === d.name && insideCompassWord(text, start, surface)) return;
  if (INSIDE_ORG_NAME.test(text.slice(start + surface.length, start + surface.length + 16))) return;
  return districtMention(d, ...ownPart(d, surface, start));
}

/** Park names that end a longer form of a district's name: 西部科学城重庆高新区. */
const PARK_END = new RegExp(
  `(${g.lexicon.parkSuffixes
    .filter((x) => x.length > 1)
    .map(escapeRegExp)
    .join('|')})$`,
);

/** "<park><district>" names both: the district is the part after the park (free for parks.ts). */
function ownPart(d: DistrictEntry, surface: string, start: number): [string, number] {
  if (surface === d.name || !surface.endsWith(d.name)) return [surface, start];
  const lead = surface.slice(0, surface.length - d.name.length);
  return PARK_END.test(lead) ? [d.name, start + lead.length] : [surface, start];
}

function districtMention(d: DistrictEntry, surface: string, start: number): Mention {
  const facts: Record<string, string> = { level: d.level };
  if (d.parent) facts.parent = d.parent;
  return { type: 'district', name: d.name, surface, start, end: start + surface.length, facts };
}

/** Nouns that end in 市 or 州 but name no place: 城市, 都市, 超市…; a ranking (百强县: lthings62). */
const NOT_A_CITY =
  /^(城|都|超|夜|门|集|股|楼|上|开|黑|鬼)市$|^(城市|都市)|^[一二三四五六七八九十百千]+强[县市]$/;

/**
 * Counties and cities outside the gazetteer: a place token (jieba "ns") ending in 县/市/州, right
 * after a known province or city (湖南省花垣县).
 */
function unlistedCounties(text: string, matches: { surface: string; start: number }[]): Mention[] {
  const out: Mention[] = [];
  for (const { surface, start } of matches) {
    const parent = byAlias.get(surface)!;
    if (parent.level !== 'province' && parent.level !== 'city') continue;
    const after = start + surface.length;
    // 湖南省的某县, 某省和某市: a particle, a conjunction, 在 or 是 after the province opens the
    // clause, no county's name.
    const m = /^(?![的和与及在是])\p{Script=Han}{1,4}?(?:县|市|州)/u.exec(
      text.slice(after, after + 5),
    );
    const name = m?.[0];
    if (!name || name.length < 2 || byAlias.has(name) || NOT_A_CITY.test(name)) continue;
    const rest = text.slice(after + name.length);
    if (/^[区圈群城]/.test(rest) || NOT_AFTER_SHORT.test(rest)) continue;
    const listed = listedUnder(name, parent);
    if (listed) {
      out.push(districtMention(listed, name, after));
      continue;
    }
    // The name, or its stem, must be one place-name token (花垣县, 松桃县), not a phrase (现代大都市).
    const whole = tag(name);
    const stem = tag(name.slice(0, -1));
    const onePlace = (t: typeof whole) => t.length === 1 && t[0]!.tag.startsWith('ns');
    // After a full province name (贵州省松桃县), a rare place name that jieba takes for a
    // person's name (松桃/nr) is still the county.
    const fullParent = surface === parent.name && stem[0]!.word.length > 1;
    const nameLike = stem.length === 1 && /^nr/.test(stem[0]!.tag);
    if (!onePlace(whole) && !onePlace(stem) && !(fullParent && nameLike)) continue;
    out.push({
      type: 'district',
      name,
      surface: name,
      start: after,
      end: after + name.length,
      facts: { level: name.endsWith('县') ? 'county' : 'city', parent: parent.name },
    });
  }
  return out;
}

/**
 * 山西霍州 is 霍州市, 甘肃凉州 凉州区: a county printed without its ending after its province or
 * city is the listed county of that name, not another one.
 */
function listedUnder(name: string, parent: DistrictEntry): DistrictEntry | undefined {
  for (const end of ['市', '区', '县']) {
    const d = byAlias.get(name + end);
    if (!d?.parent) continue;
    if (d.parent === parent.name || byAlias.get(d.parent)?.parent === parent.name) return d;
  }
  return undefined;
}

/**
 * A full county name must start a word and not run into 区域/市场 (海城市 is not in 沿海城市,
 * 市中区 not in 城市中区域); its end may join a word (顺德区委).
 */
function startsWord(text: string, start: number, surface: string): boolean {
  const end = start + surface.length;
  if (/[域场]/.test(text[end] ?? '')) return false;
  return isEdge(text[start - 1]) || tokenBounds(text, start, end, 0).starts;
}

/**
 * 房山南窖乡 is not 山南: a short form whose first character ends another place glued before it
 * (房山 + 区) is inside that place's name, which the segmenter split wrongly, unless a place
 * ends right before it.
 */
function endsPlaceBefore(text: string, start: number, d: DistrictEntry): boolean {
  // 河南开封 is not 南开 + 封: a place that ends right before the short form reads first.
  for (let from = Math.max(0, start - 4); from < start - 1; from++)
    if (anyPlace.has(text.slice(from, start))) return false;
  if (startsInsideNoun(text, start)) return true; // 黄河源区: 黄河 (things34)
  for (let from = Math.max(0, start - 3); from < start; from++) {
    const n = text.slice(from, start + 1);
    const p =
      anyPlace.get(n) ?? anyPlace.get(n + '区') ?? anyPlace.get(n + '县') ?? anyPlace.get(n + '市');
    if (p && p.name !== d.name) return true;
  }
  return false;
}

/**
 * 三江源区 is the Three-River Source, not 江源区: a numeral glued before a place starts a longer
 * name (a count takes a measure word: 三个县).
 */
const NUMERAL = /^[一二三四五六七八九十两]$/;

/** A short form must be a word of its own there: 乐山 is not in 歌乐山. */
const WORD_EDGE = /[^\p{Script=Han}]|[在的和与及是对向从到为将把让由据]/u;
const isEdge = (char: string | undefined) => char === undefined || WORD_EDGE.test(char);

/** 甘肃兰州 read as one word: the pair's halves (./province-city-pairs.ts). */
const pairs = {
  byName: (n: string) => byAlias.get(n),
  wholeWord: (text: string, a: number, b: number) => isWholeToken(text, a, text.slice(a, b)),
};

function isWholeToken(text: string, start: number, surface: string): boolean {
  const end = start + surface.length;
  // Cheap cases first: a non-word character on both sides needs no segmenter.
  if (isEdge(text[start - 1]) && isEdge(text[end])) return true;
  const { starts, ends } = tokenBounds(text, start, end, 4);
  return starts && ends;
}

/**
 * Whether the segmenter starts a word at `start` and ends one at `end`, segmenting four
 * characters before and `right` after as context (the text's end ends a word).
 */
function tokenBounds(text: string, start: number, end: number, right: number) {
  const starts = wordStartingAt(text, start, 4, end - start + right) !== undefined;
  const ends =
    end >= Math.min(text.length, end + right) ||
    wordStartingAt(text, end, end - start + 4, right) !== undefined;
  return { starts, ends };
}

/** A name the division tables hold (an area's full or short form). */
export const isDivisionAlias = (name: string): boolean => byAlias.has(name);
