/** Parks: industrial parks, science cities, innovation zones, free-trade and bonded zones. */
import { gazetteer, gazetteer as gz } from '../gazetteer/index.ts';
import { canonicalName, isHanAt } from '../text/normalize.ts';
import {
  CITY_TO_COUNTY,
  COUNTY_LEVELS,
  levelClass,
  PROVINCE_TO_COUNTY,
  PROVINCE_TO_COUNTY_AND_PREFECTURE,
  TOWNSHIPS,
} from '../text/level-words.ts';
import { tag, wordStartingAt } from '../text/segmenter.ts';
import { districtAtStart, districtInfo, startsWithPlace } from './places.ts';
import { literalMatcher, type Mention } from './mentions.ts';
import { nameStart } from './spans.ts';
import { insideOtherName } from './place-owners.ts';
import { afterRoute, notAPark } from './park-phrases.ts';
import { countyBeforeZone, headNamesNoPark } from './park-heads.ts';
import {
  afterAreaIs,
  afterFirm,
  afterOrdinal,
  afterGroupComes,
  afterSettling,
  firmKindOnly,
  gluedNoPark,
  onlyWorkVerbs,
} from './park-glued-words.ts';
import {
  counted,
  COUNTED_PLACES,
  honourOfTown,
  quotedTitle,
  describesOnly,
  DESIGNATION,
  GENERIC_LEFT,
  GENERIC_LEFT_HEAD,
  GENERIC_PARK,
  GENERIC_TAIL,
  ratedZone,
  SECTOR_ONLY,
  VERB_KIND,
} from './park-kinds.ts';

const anyDistrict = (n: string) => districtInfo(n, true);
import { isNamedProgram } from './named-programs.ts';
import {
  clauseBeforePlace,
  cutAfterProperVerb,
  FROM_BEFORE,
  joinedToGoods,
  LEADING_ADVERB,
  afterListedTopic,
  LEADING_SUBJECT,
  LEADING_VERB,
  visitBefore,
} from './park-name-starts.ts';

/** Known areas whose names end like parks (重庆高新区): a park name cannot end with one. */
const AREA_NAMES = gz()
  .districts.flatMap((d) => [d.name, ...d.aliases])
  .filter((n) => /(高新区|开发区|经开区|新区)$/.test(n));

/** 孵化园, 创业园: a county's incubator and start-up parks are named like any park (某某工业孵化园,
 * 某某湾创业园; lthings44-a), while bare 园 stays too weak a suffix (科创园 too: 天开|高教科创园
 * would be cut at jieba's verb). 留学人员创业园: common nouns alone name a kind (PRODUCT_PARK). */
const suffixes = [...gazetteer().lexicon.parkSuffixes, '电园', '孵化园', '创业园'].sort(
  (a, b) => b.length - a.length,
);
/** Longest suffix at each place, left to right: the RegExp alternation it replaced, faster. */
const findSuffixes = literalMatcher(suffixes);
/** Bare 园 and 港 make too many ordinary words (公园, 家园, 港口); only these endings count. */
const WEAK_SUFFIX = /^(园|港)$/;
/** 中国 stays before a bracketed province: 中国（湖北）自由贸易试验区 is the official name. */
const HOME_PREFIX = /^(重庆市?|中国(?![(（]))/;

export function findParks(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { surface: suffix, start: at } of findSuffixes(text)) {
    if (WEAK_SUFFIX.test(suffix)) continue;
    // 做优做强园区经济: the parks' economy, a kind of work, no park (blind blocal-m).
    if (suffix === '园区' && text.startsWith('经济', at + 2)) continue;
    // 创意谷 names a zone; 山谷, 低谷 are words of their own.
    if (suffix === '谷' && !standsAlone(text, at)) continue;
    // 某镇樱花谷, 桃花谷: a valley named by its flowers or woods is a scenic spot, no zone (things42).
    if (suffix === '谷' && /[花林竹枫]$/.test(text.slice(0, at))) continue;
    const end = at + suffix.length + areaPart(text, at + suffix.length, suffix);
    if (/^(区|园|城)/.test(text.slice(end)) && !/^(园区)/.test(suffix)) continue; // part of a longer suffix
    const start = longNameStart(text, at) - countyBeforeZone(text, at, suffix);
    // 预制菜创新示范产业园 cut to 菜创新…, 上下游 cut to 下游…: a name never starts inside a word.
    if (start > 0 && isHanAt(text, start - 1) && wordStartingAt(text, start, 3, 2) === undefined)
      continue;
    // 集…于一体的红色文旅融合示范区: a park described by what it combines is a kind of park.
    if (/[于为]一体的$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    // 位于某地的这个临港产业园: a demonstrative points at a park by its kind, named elsewhere if at all.
    if (/(这个|那个|这座|这家|这一|这片|[该此])$/.test(text.slice(Math.max(0, start - 2), start)))
      continue;
    // 打造各种国际消费集聚区, 一些产业园: a kind of park counted by a quantifier before it (things21).
    if (
      /(各种|各类|各个|多种|一些|这些|那些|部分)$/.test(text.slice(Math.max(0, start - 2), start))
    )
      continue;
    if (joinedToGoods(text, start) || cutAfterProperVerb(text, start)) continue;
    if (countedGoal(text, end) || soughtTitle(text, start)) continue;
    const mention = parkMention(text, start, end, suffix);
    if (mention) out.push(mention);
  }
  return out;
}

/**
 * 某县某某现代高效农业（蔬菜）产业示范园区: a county park's full name may run past nameStart's 14
 * characters, which cut it inside (现代高效农业…); when the walk stopped at that limit, a longer
 * one that starts at a place is taken (lthings44-a).
 */
function longNameStart(text: string, at: number): number {
  // 中关村国家自主创新示范区: a national kind of zone spelt with verbs (自主, 创新) stops the walk
  // inside it; the zone's own name stands before the kind (lthings56), which alone names none.
  const kind = VERB_KIND.exec(text.slice(Math.max(0, at - 12), at))?.[0];
  if (kind && nameStart(text, at - kind.length) < at - kind.length)
    return nameStart(text, at - kind.length);
  const start = nameStart(text, at);
  if (at - start < 14 || !isHanAt(text, start - 1)) return start;
  const longer = nameStart(text, at, 22);
  const place =
    startsWithPlace(text.slice(longer, at)) || tag(text.slice(longer, at))[0]?.tag === 'ns';
  return longer < start && place ? longer : start;
}

/** A free-trade zone's area (…自由贸易试验区宜昌片区) is a park of its own: its name runs on. */
function areaPart(text: string, at: number, suffix: string): number {
  if (!/(自由贸易试验区|自贸试验区|自贸区)$/.test(suffix)) return 0;
  const m = /^\p{Script=Han}{2,4}?片区/u.exec(text.slice(at, at + 7));
  return m && startsWithPlace(m[0]) ? m[0].length : 0;
}

/** 某省内综合保税区: the zones inside a province (or a city, a county, a border), a kind;
 * 某某行动示范区: a program's title. */
const INSIDE_OR_PROGRAM = new RegExp(
  `(?:${levelClass(PROVINCE_TO_COUNTY)}|境)内$|(?:行动|工程|计划)$`,
);
/** 从区经济开发区: a bare level word (区, 市, 县) after 从 or 赴 is the district's own zone, a kind. */
const BARE_LEVEL = new RegExp(`^${levelClass(CITY_TO_COUNTY)}[^${CITY_TO_COUNTY}]`);
/** 以次某镇工业园区: one character before a town's or a township's level word. */
const ONE_BEFORE_TOWN = new RegExp(`^\\p{Script=Han}${levelClass(TOWNSHIPS)}`, 'u');
/** A level word of a province, city, county or prefecture in a national zone's name: a place's. */
const ANY_LEVEL = new RegExp(levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE));
/** A district's full name (渝北区, 某省) ends with its level word. */
const FULL_LEVEL_END = new RegExp(`${levelClass(PROVINCE_TO_COUNTY)}$`);
/** A county's full name (集贤县, 某区, 某旗) ends with a county's level word. */
const COUNTY_LEVEL_END = new RegExp(`${levelClass(COUNTY_LEVELS)}$`);

/** 体验式文创产业园区, 花园式园区: a kind of park by its manner (…式), no park's name (blind blocal-d). */
const MANNER_HEAD = /^\p{Script=Han}{2,3}式/u;
function parkMention(
  text: string,
  start: number,
  end: number,
  suffix: string,
): Mention | undefined {
  let surface = text.slice(start, end);
  if (surface.includes('+') || AREA_NAMES.some((a) => surface.endsWith(a))) return undefined;
  // A list number printed before the name ((5)苏州工业园区) is layout.
  const number = /^[(（][0-9]{1,2}[)）]/.exec(surface);
  if (number) {
    start += number[0].length;
    surface = surface.slice(number[0].length);
  }
  // 深圳·某县·某经开区“…”招商推介会: an event's hosts joined by dots; the park is the last.
  const dot = surface.lastIndexOf('·');
  if (
    dot > 0 &&
    surface
      .slice(0, dot)
      .split('·')
      .every((p) => startsWithPlace(p))
  ) {
    start += dot + 1;
    surface = surface.slice(dot + 1);
  }
  // 周边产业园区, 当地…产业园, 首个自贸试验区, 高水平自贸试验区: a kind of park, not one park.
  if (
    GENERIC_PARK.test(surface) ||
    MANNER_HEAD.test(surface) ||
    counted(text, start, end) ||
    honourOfTown(text, start, end) ||
    quotedTitle(text, start, end)
  )
    return undefined;
  // 环某大学大科创平台创新生态圈: the ecosystem of a platform is a concept, no park (the area
  // around a university, 环某大学创新生态圈, is one: the seeds' golds).
  if (/平台\p{Script=Han}*生态圈$/u.test(surface)) return undefined;
  // 某地一处科技园, 服务240余个国家级产业园区: one of a kind counted inside the name; 万亩…示范区,
  // 千亩方示范基地: a park measured by its area in mu, a kind of farm zone with no name of its
  // own; 占该合作示范区: a demonstrative points at a park named elsewhere.
  const head = surface.slice(0, -suffix.length);
  // 过去省级经开区, 不影响园区, 园区事情园区办: a time, a verb or the bare word before (park-heads.ts).
  if (headNamesNoPark(head, (l) => GENERIC_LEFT.test(l))) return undefined;
  if (/[一两几][个家座处批条片]|[0-9一二三四五六七八九十百千万][余多]?[个家座处批条片]/.test(head))
    return undefined;
  if (COUNTED_PLACES.test(head)) return undefined;
  if (/^[0-9.一二三四五六七八九十百千万]*[百千万]亩/.test(head) || /[该此其]/.test(head))
    return undefined;
  if (INSIDE_OR_PROGRAM.test(head)) return undefined;
  // 百万千瓦级光伏发电示范区: a zone rated by its capacity is a power or plant project of that
  // size, no park's name.
  if (ratedZone(text, start, head)) return undefined;
  // 丁某前往某某产业园, 某某高度重视自由贸易试验区: a visit or a clause before the name.
  if (notAPark(text, head, suffix, end) || gluedNoPark(text, head, end)) return undefined;
  if (firmKindOnly(head, startsWithPlace)) return undefined;
  // 从某湾区到某科学城: a route; the park is the place after 到 (park-phrases.ts).
  const visit = Math.max(
    visitBefore(head) || afterRoute(head),
    afterGroupComes(head),
    afterSettling(head),
    afterFirm(head),
    afterAreaIs(head),
    afterOrdinal(head),
  );
  if (visit > 0) {
    start += visit;
    surface = surface.slice(visit);
  }
  const from = FROM_BEFORE.exec(surface.slice(0, -suffix.length));
  if (from) {
    start += from.index + 1;
    surface = surface.slice(from.index + 1);
    if (BARE_LEVEL.test(surface) && !startsWithPlace(surface)) return undefined;
  }
  // 金湾区（某某经济技术开发区）…: an opening bracket with no closing one; the park is inside.
  const open = /[(（](?!.*[)）])/.exec(surface);
  if (open) {
    start += open.index + 1;
    surface = surface.slice(open.index + 1);
  }
  const topic = afterListedTopic(surface);
  if (topic) {
    start += topic;
    surface = surface.slice(topic);
  }
  const subject = LEADING_SUBJECT.exec(surface)?.[0];
  if (subject) {
    start += subject.length;
    surface = surface.slice(subject.length);
  }
  const adverb = LEADING_ADVERB.exec(surface)?.[0];
  if (adverb) {
    start += adverb.length;
    surface = surface.slice(adverb.length);
  }
  // 建设运营某某合作区: verbs in a row are cut one by one; 监管某合示范区: a two-character name is
  // cut from its verb too when it is printed alone (or says only what the park is for).
  for (let verb = LEADING_VERB.exec(surface)?.[0]; verb; verb = LEADING_VERB.exec(surface)?.[0]) {
    const rest = surface.length - verb.length - suffix.length;
    const after = surface.slice(verb.length);
    const alone = printedAlone(text, after, surface) || describesOnly(after.slice(0, 2), suffix);
    // 优化园区软硬环境: a verb and the park word, no name between them.
    if (rest === 0) return undefined;
    // After a subject (企业扎根…) the verb is surely one: a two-character name is cut from it.
    if (rest < 2 || (rest === 2 && !alone && !subject)) break;
    start += verb.length;
    surface = surface.slice(verb.length);
  }
  // 以次某镇工业园区: jieba reads 以次 (in order), but a town's name has two characters at least
  // before 镇 or 乡; the one before is the name's. Not a preposition, a conjunction or 的, though:
  // 在侗乡特色产业基地, 中心和苗乡…园区 (侗乡, 苗乡: a people's homeland, a word of its own).
  if (
    ONE_BEFORE_TOWN.test(surface) &&
    isHanAt(text, start - 1) &&
    !/[在和与及或从到向对于为把被的之]/.test(text[start - 1]!)
  ) {
    start -= 1;
    surface = text.slice(start, end);
  }
  const clause = clauseBeforePlace(surface.slice(0, -suffix.length));
  if (clause > 0) {
    start += clause;
    surface = surface.slice(clause);
  }
  // A title a county, a province or a whole city is given (共同富裕示范区, 某市先行示范区): no park.
  const rank =
    (/^国家级/.test(surface) && !ANY_LEVEL.test(surface.slice(0, -suffix.length))) ||
    /全国$/.test(text.slice(Math.max(0, start - 2), start));
  const city = surface.endsWith('先行示范区') && districtInfo(surface.slice(0, -5));
  if (DESIGNATION.test(surface) || rank || city || isNamedProgram(surface.slice(0, -suffix.length)))
    return undefined;
  let left = surface.slice(0, surface.length - suffix.length);
  const facts: Record<string, string> = {};
  // A leading full district name locates the park: 渝北区前沿科技城 -> 前沿科技城 in 渝北区.
  const atStart = districtAtStart(left);
  const lead = atStart && FULL_LEVEL_END.test(atStart.surface) ? atStart : undefined;
  const whole = lead && left.length - lead.surface.length >= 2 ? start : undefined;
  const county = !!lead && COUNTY_LEVEL_END.test(lead.surface);
  if (lead && whole !== undefined) {
    facts.district = lead.name;
    start += lead.surface.length;
    surface = surface.slice(lead.surface.length);
    left = left.slice(lead.surface.length);
  }
  // 做大强园区孵化平台; 某县要大力支持园区工作: only the verbs of work are left, after the county
  // (blocal-j) or with nothing before them (lthings52-l).
  if (onlyWorkVerbs(left)) return undefined;
  // 国家级高新区某某高新区: the kind printed before the name in apposition is no part of it.
  const kind =
    /^(国家级|省级)?(高新区|经开区|开发区|新区|综保区|自贸区)(?=\p{Script=Han}{4})/u.exec(left);
  if (kind) {
    start += kind[0].length;
    surface = surface.slice(kind[0].length);
    left = left.slice(kind[0].length);
  }
  // 2025年, 3月1日, 7月: a date before the name.
  const time =
    /^(?:[0-9一二三四五六七八九十两几]+年(?:后|内|来|以后|以来)?)?(?:[0-9一二三四五六七八九十]+月)?(?:[0-9一二三四五六七八九十]+日)?/.exec(
      left,
    );
  if (time?.[0]) {
    start += time[0].length;
    surface = surface.slice(time[0].length);
    left = left.slice(time[0].length);
  }
  // 重庆西永微电子产业园区 -> 西永微电子产业园区; the printed form stays as the surface (an alias).
  let name = surface;
  const home = HOME_PREFIX.exec(left);
  if (home && left.length - home[0].length >= 4) {
    name = surface.slice(home[0].length);
    left = left.slice(home[0].length);
  }
  if (left.replace(/[()（）]/g, '').length < 2 || GENERIC_LEFT.test(left)) return undefined;
  // Designations (…示范区, …试验区) are names even when they say only what they are for.
  const sectorOnly = SECTOR_ONLY.has(left.replace(GENERIC_TAIL, '').replace(GENERIC_LEFT_HEAD, ''));
  const describing =
    (sectorOnly && !/(示范区|试验区|先导区)$/.test(suffix)) || describesOnly(left, suffix);
  // 集贤县农副产品加工园区: goods alone after a county's full name — the county's park of those
  // goods, named by both (lthings56); the county stays in its name.
  if (describing && whole !== undefined && county) {
    const named = text.slice(whole, end);
    return { type: 'park', name: canonicalName(named), surface: named, start: whole, end, facts };
  }
  if (describing) return undefined;
  // 建成了全球一流的氟硅材料园区: a park described after 的 with no place or proper name in it is
  // a kind of park (位于某市的苏州工业园区 names its place).
  if (text[start - 1] === '的' && !tag(left).some((w) => /^(ns|nr|nt|x|j)/.test(w.tag))) {
    // 浙江衢州的某某产业园: a place before 的 locates the park, which is that place's.
    const owner = tag(text.slice(Math.max(0, start - 9), start - 1)).at(-1);
    if (!owner?.tag.startsWith('ns')) return undefined;
  }
  // 美国谷, 某某群众代表谷: a country alone or a person's role is no park's name (a headline's
  // fragment or a nickname).
  if (gz().countries.has(left) || tag(left).some((w) => gz().roles.has(w.word))) return undefined;
  // 西宁的南川工业园区: a short form after another place names that place's park, not the
  // district of another province sharing it (things21).
  const short = districtAtStart(left);
  const own = short && districtInfo(short.surface);
  if (own && !facts.district && !insideOtherName(text, start, short.surface, own, anyDistrict))
    facts.district = short.name;
  return { type: 'park', name: canonicalName(name), surface, start, end, facts };
}

/**
 * 建设某市北部新兴产业基地、区域中心市场和现代田园城市“三大目标”: a name listed beside other
 * items of a counted set of goals (三大目标, 两个定位) is what the area means to become, a
 * positioning beside a market and a city, no park of its own (blocal-f).
 */
const COUNTED_GOAL =
  /^(?:[、和及与][^，。；！？：“”]{1,16}){1,4}[“"]?[一二三四五六七八九十两几]+(?:大|个|项)(?:目标|定位|任务)/;
function countedGoal(text: string, end: number): boolean {
  return COUNTED_GOAL.test(text.slice(end, end + 60));
}

/**
 * lstrat61: 全力争当跨江融合发展示范区: a zone a city strives to become (争当, 争创) is a title it seeks
 * for itself, no park on the ground; a zone named by its place (争创某某国家级高新区) stays.
 */
function soughtTitle(text: string, start: number): boolean {
  return (
    /(?:争当|争创|争做|争取成为|努力成为)$/.test(text.slice(Math.max(0, start - 4), start)) &&
    !startsWithPlace(text.slice(start))
  );
}

/** `name` is printed in `text` more often than inside `glued` (a verb glued on one mention). */
function printedAlone(text: string, name: string, glued: string): boolean {
  return text.split(name).length > text.split(glued).length;
}

/** The character at `at` is a token of its own, not the end of a longer word. */
function standsAlone(text: string, at: number): boolean {
  // Two characters after: 谷雨 (a solar term) is a word that starts with the suffix.
  return wordStartingAt(text, at, 3, 2)?.length === 1;
}
