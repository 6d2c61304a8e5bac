/** Parks: industrial parks, science cities, innovation zones, free-trade and bonded zones. */
import { gazetteer } from '../gazetteer/index.ts';
import { canonicalName } from '../text/normalize.ts';
import { districtInfo, findDistricts } from './places.ts';
import { gazetteer as gz } from '../gazetteer/index.ts';

/** Known areas whose names end like parks (重庆高新区): a park name cannot end with one. */
const AREA_NAMES = gz().districts.flatMap((d) => [d.name, ...d.aliases]).filter((n) => /(高新区|开发区|经开区|新区)$/.test(n));
import { escapeRegExp, type Mention } from './mentions.ts';
import { nameStart } from './spans.ts';

const suffixes = [...gazetteer().lexicon.parkSuffixes, '电园'].sort((a, b) => b.length - a.length);
const SUFFIX_RE = new RegExp(`(${suffixes.map(escapeRegExp).join('|')})`, 'g');
/** Bare 园 and 港 make too many ordinary words (公园, 家园, 港口); only these endings count. */
const WEAK_SUFFIX = /^(园|港)$/;
const GENERIC_LEFT =
  /^(产业|特色|特色产业|工业|科技|数字|智慧|国家|国家级|省级|市级|区级|重点|关键|园区级|相关|各类|综合性|创新|示范|现代|新|大|小|一流|高新|生态|绿色|低碳|海关特殊监管|特殊|自贸|自由贸易|合作|联合|综合|全域|该|此)*$/;
const HOME_PREFIX = /^(重庆市?|中国)/;

export function findParks(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SUFFIX_RE)) {
    const suffix = m[1]!;
    if (WEAK_SUFFIX.test(suffix)) continue;
    const end = m.index + suffix.length;
    if (/^(区|园|城)/.test(text.slice(end)) && !/^(园区)/.test(suffix)) continue; // part of a longer suffix
    const start = nameStart(text, m.index);
    const mention = parkMention(text, start, end, suffix);
    if (mention) out.push(mention);
  }
  return out;
}

function parkMention(text: string, start: number, end: number, suffix: string): Mention | undefined {
  let surface = text.slice(start, end);
  if (surface.includes('+') || AREA_NAMES.some((a) => surface.endsWith(a))) return undefined;
  let left = surface.slice(0, surface.length - suffix.length);
  const facts: Record<string, string> = {};
  // A leading full district name locates the park: 渝北区前沿科技城 -> 前沿科技城 in 渝北区.
  const lead = findDistricts(left).find((d) => d.start === 0 && /[区县市省]$/.test(d.surface));
  if (lead && left.length - lead.surface.length >= 2) {
    facts.district = lead.name;
    start += lead.surface.length;
    surface = surface.slice(lead.surface.length);
    left = left.slice(lead.surface.length);
  }
  const time = /^[0-9一二三四五六七八九十两几]+年(后|内|来|以后|以来)?/.exec(left);
  if (time) {
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
  const short = findDistricts(left).find((d) => d.start === 0);
  if (short && !facts.district && districtInfo(short.surface)) facts.district = short.name;
  return { type: 'park', name: canonicalName(name), surface, start, end, facts };
}
