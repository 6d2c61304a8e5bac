/**
 * Park aliases across articles: a short form is an abbreviation of a longer park name when it
 * starts the same way, keeps its characters in order and ends inside the longer name's suffix
 * (西永微电园 -> 西永微电子产业园区; 西部科学城 -> 西部(重庆)科学城).
 */
import type { EntityRef } from '../extract/index.ts';
import { districtAtStart, startsWithPlace } from '../extract/places.ts';
import type { ArticleRecord } from '../records.ts';
import { countyPark } from './county-parks.ts';

/** 黔江正阳工业园区 and 正阳工业园区: the same park, once with its district in front. */
export function isPlacePrefixed(short: string, long: string): boolean {
  return (
    long.length > short.length + 1 &&
    long.endsWith(short) &&
    startsWithPlace(long.slice(0, long.length - short.length))
  );
}

export function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length || short.slice(0, 2) !== long.slice(0, 2)) return false;
  if (!long.slice(-2).includes(short.at(-1)!)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Long and short forms of one kind of zone: 综合保税区 = 综保区, 高新技术产业开发区 = 高新区… */
const ZONE_FORMS: [RegExp, string][] = [
  [/(高新技术产业开发区|高技术产业开发区|高新技术开发区|新技术产业开发区|新技术开发区)$/, '高新区'],
  [/(经济技术开发区|经济开发区)$/, '经开区'],
  [/综合保税区$/, '综保区'],
  [/(自由贸易试验区|自贸区)$/, '自贸试验区'],
];

/** A park's name without the places in front and with its zone word in the short form. */
const cores = new Map<string, string>();
export function parkCore(name: string): string {
  let core = cores.get(name);
  if (core === undefined) cores.set(name, (core = computeCore(name)));
  return core;
}

function computeCore(name: string): string {
  let n = name;
  for (const [re, short] of ZONE_FORMS) n = n.replace(re, short);
  // Places in front go while a name of two characters stays before the suffix (巴南综保区 stays).
  for (let lead = districtAtStart(n); lead && n.length - lead.surface.length >= 5;) {
    n = n.slice(lead.surface.length);
    lead = districtAtStart(n);
  }
  return n;
}

/** 巴南综保区 and 重庆巴南综合保税区, 港城园区 and 重庆港城工业园区: one park. */
export function isSamePark(short: string, long: string): boolean {
  if (short === long) return false;
  const a = parkCore(short);
  const b = parkCore(long);
  // 上海自贸试验区 and 福建自贸试验区厦门片区: the places cut were two places, so two parks.
  const placeA = short.slice(0, short.length - a.length);
  const placeB = long.slice(0, long.length - b.length);
  if (placeA && placeB && !placeA.startsWith(placeB) && !placeB.startsWith(placeA)) return false;
  return a === b || (a.length >= 4 && isAbbreviation(a, b));
}

/** A function giving each entity its canonical name (parks merged, everything else as is). */
export function parkAliasMap(articles: ArticleRecord[]): (r: EntityRef) => string {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const e of a.facts.entities)
      if (e.type === 'park') counts.set(e.name, (counts.get(e.name) ?? 0) + e.count);
  const names = [...counts.keys()].sort();
  const tails = storyTails(articles);
  const target = new Map<string, string>();
  for (const short of names) {
    const longs = names.filter(
      (long) =>
        isAbbreviation(short, long) ||
        isPlacePrefixed(short, long) ||
        (long.length > short.length && isSamePark(short, long)) ||
        tails.get(short) === long,
    );
    // A county's park named in full only by its story's rule (县产业集聚区 → 遂平县产业集聚区).
    if (longs.length === 0 && tails.has(short)) target.set(short, tails.get(short)!);
    if (longs.length === 0) continue;
    longs.sort(
      (x, y) => counts.get(y)! - counts.get(x)! || y.length - x.length || (x < y ? -1 : 1),
    );
    target.set(short, longs[0]!);
  }
  const resolve = (name: string): string => {
    let n = name;
    for (let hops = 0; target.has(n) && hops < 5; hops++) n = target.get(n)!;
    return n;
  };
  return (r) => (r.type === 'park' ? resolve(r.name) : r.name);
}

/**
 * A rule naming the longer park of a story that a short park name of it stands for: the park, NONE
 * when the rule rules every park out (the next rules are not asked), or undefined when it has no say.
 */
type StoryAlias = (
  short: string,
  parks: string[],
  text: string,
) => string | typeof NONE | undefined;
const NONE = null;

/** The rules in order: the first with a say decides. */
const STORY_ALIASES: StoryAlias[] = [
  // 海工装备产业园 after 西海岸海工装备产业园: a park name that ends exactly one longer park name of
  // the same story; when it ends several, it is none of them.
  (short, parks) => {
    const longs = parks.filter((l) => l.length > short.length && l.endsWith(short));
    return longs.length === 1 ? longs[0] : longs.length > 1 ? NONE : undefined;
  },
  // 某州蓝色产业园 after 闽台(某州)蓝色经济产业园, or a second name in brackets: the one such park.
  (short, parks, text) => {
    const bracketed = new Set(
      parks.filter(
        (l) => l !== short && (isBracketShortForm(short, l) || secondName(text, l, short)),
      ),
    );
    return bracketed.size === 1 ? [...bracketed][0] : undefined;
  },
  zoneOfShortForm,
  // 县产业集聚区, 遂平产业集聚区 in a story of 遂平县: its 遂平县产业集聚区 (./county-parks.ts).
  (short, parks, text) => countyPark(short, parks, text),
];

/**
 * 金峰开发区 in a story of 漳州金峰经济开发区 (lthings54-l): a name before a bare 开发区 is the
 * story's one economic or high-tech zone of that name, printed short; across stories the bare word
 * says too little (金峰高新区 and 金峰经开区 may both exist), so only the story's own zone counts.
 */
function zoneOfShortForm(short: string, parks: string[]): string | undefined {
  const stem = /^(\p{Script=Han}{2,4})开发区$/u.exec(short)?.[1];
  if (!stem) return undefined;
  const zones = parks.filter((l) => {
    const core = parkCore(l);
    return /(经开区|高新区)$/.test(core) && core.slice(0, -3).endsWith(stem);
  });
  return zones.length === 1 ? zones[0] : undefined;
}

/**
 * In one story, the park each short park name of five characters or more stands for, by the first
 * of the story's alias rules (STORY_ALIASES) that has a say.
 */
function storyTails(articles: ArticleRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of articles) {
    const parks = a.facts.entities.filter((e) => e.type === 'park').map((e) => e.name);
    for (const short of parks) {
      if (short.length < 5) continue;
      for (const rule of STORY_ALIASES) {
        const long = rule(short, parks, a.text);
        if (long === undefined) continue;
        if (long !== NONE) out.set(short, long);
        break;
      }
    }
  }
  return out;
}

/** 闽台(福州)蓝色经济产业园: the parties before the bracket, the city in it, the park after it. */
const BRACKET_PLACE = /^\p{Script=Han}{1,6}[(（](\p{Script=Han}{2,6})[)）](\p{Script=Han}{3,})$/u;

/**
 * In one story, 某州蓝色产业园 after 闽台(某州)蓝色经济产业园 (blocal-f): the park printed again by
 * the city in its brackets and what follows, the words before the bracket dropped and the name
 * shortened in order (经济 left out), as abbreviations are.
 */
function isBracketShortForm(short: string, long: string): boolean {
  const m = BRACKET_PLACE.exec(long);
  if (!m) return false;
  const plain = m[1]! + m[2]!;
  return short === plain || (short.startsWith(m[1]!) && isAbbreviation(short, plain));
}

/**
 * 某某经济开发区(某市通航产业基地)管委会 (blocal-f): a park's second name printed in brackets
 * right after its first is the same zone under two names.
 */
function secondName(text: string, first: string, second: string): boolean {
  return text.includes(`${first}(${second})`) || text.includes(`${first}（${second}）`);
}
