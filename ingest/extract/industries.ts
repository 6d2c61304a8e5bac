/**
 * Industries: sector names from the gazetteer where the text uses them as sectors, "X产业" where
 * X is a noun phrase, and the items of a list that ends in 产业/行业/领域 (锂电新材料、绿色食品、
 * 现代纺织三大主导产业).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { literalMatcher, type Mention } from './mentions.ts';
import { nameStart, NO_VERBS } from './spans.ts';
import { tag } from '../text/segmenter.ts';
import { findDistricts } from './places.ts';

const terms = gazetteer().industries;
const multi = literalMatcher(terms.filter((t) => t.length > 1));
const single = new Set(terms.filter((t) => t.length === 1));
/** Words before 产业 that qualify rather than name a sector. */
const QUALIFIER =
  /^(新兴|主导|特色|支柱|传统|优势|重点|相关|配套|未来|战略性新兴|关键|整个|实体|地方|现代|新型|高新技术|高技术|绿色|低碳|龙头|千亿级?|百亿级?|万亿级?|世界级|农业|工业|服务|文化|区域|全|各|该|本|园区|城市|基础|核心|重大|一批|集群|链|链条|生态|数字|大|新|强|好|其他|全市|全区|全县|我市|我区|一流|两大|三大|四大|五大|六大|[0-9一二三四五六七八九十两几]+[个大项类]?)+/;
const QUALIFIER_ONLY = new RegExp(`^(?:${QUALIFIER.source.slice(1)})$`);
const LEADING_VERB = /^.*?(发展|培育|壮大|聚焦|做强|做大|打造|推动|加快|建设|引进|围绕|布局|形成|突破|提升|健全|赋能|调整|优化|支持|包括|涉及|涵盖|升级|对|此|因此|近年来|[0-9]+月)/;
const TRAILING_QUALIFIER = /(世界级|千亿级?|百亿级?|万亿级?|两大|三大|四大|五大|六大|支柱|特色|主导|优势|重点|新兴|核心|相关|配套|[0-9一二三四五六七八九十两几]+[个大项类])+$/;
/** A list item looks like a sector: ends in a sector-ish word, or is a gazetteer sector. */
const SECTORISH = /(业|品|材料|制造|装备|医药|电子|汽车|能源|农业|服务|电商|经济|加工|食品|纺织|化工|建材|物流|旅游|康养|金融|器件|设备|软件|信息|技术|菜|材|药|茶|酒)$/;
const SECTOR_CONTEXT_AFTER = /^(产业|行业|产业链|产业集群|集群|企业|领域|等(重点|新兴|行业|产业|领域|方面)|制造|板块)/;
const SECTOR_CONTEXT_BEFORE = /(发展|培育|聚焦|壮大|布局|做大做强|做强|引进|围绕|主攻|突破|打造|加快)$/;
/** "A、B、C三大主导产业", "A和B两个新兴产业", "A、B等重点领域". */
const LIST_END = /^(?:等|两大|三大|四大|五大|六大|七大|八大|[0-9一二三四五六七八九十两几]+个)?(?:重点|主导|特色|支柱|优势|新兴|战略性新兴|传统|绿色)?(?:产业|行业|领域)(?!化)/;

export function findIndustries(text: string): Mention[] {
  const gazetteerHits = multi(text).map(({ surface, start }) => industry(surface, surface, start));
  return [
    ...gazetteerHits.filter((m) => usedAsSector(text, m, gazetteerHits)),
    ...beforeSectorWord(text),
    ...listItems(text),
  ].filter((m) => !/^(产业|行业|领域|产业链|集群)$/.test(m.name));
}

function industry(name: string, surface: string, start: number): Mention {
  return { type: 'industry', name, surface, start, end: start + surface.length };
}

/** "X产业", "X产业链", "X产业集群": X from where a noun phrase starts. */
function beforeSectorWord(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/产业(?:集群|链)?/g)) {
    if (text[m.index + m[0].length] === '化') continue; // 产业化 is not a sector
    if (!/\p{Script=Han}/u.test(text[m.index - 1] ?? '') || QUALIFIER_ONLY.test(text.slice(m.index - 2, m.index))) continue;
    const start = nameStart(text, m.index, 12, NO_VERBS);
    const name = cleanSector(text.slice(start, m.index).replace(TRAILING_QUALIFIER, ''));
    if (startsMidWord(text, m.index - name.length)) continue;
    if (name.length === 0 || (name.length === 1 && !single.has(name)) || QUALIFIER_ONLY.test(name) || /^(产业|行业|领域)/.test(name)) continue;
    if (name.length > 1 && !isNounPhrase(name)) continue;
    const at = m.index - name.length;
    out.push(industry(name.length === 1 ? name + '产业' : name, text.slice(at, m.index + m[0].length), at));
  }
  return out;
}

function listItems(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/[、和及与]/g)) {
    // Only the last separator of a list starts the check: find where the list ends.
    const tail = /^(\p{Script=Han}{2,8}?)(?=等|两大|三大|四大|五大|六大|[0-9一二三四五六七八九十两几]+个|重点|主导|特色|支柱|优势|新兴|产业|行业|领域)/u.exec(text.slice(m.index + 1));
    if (!tail || !LIST_END.test(text.slice(m.index + 1 + tail[1]!.length))) continue;
    const items = [tail[1]!];
    let cursor = m.index;
    while (cursor > 0) {
      const prev = /(\p{Script=Han}{2,8})$/u.exec(text.slice(Math.max(0, cursor - 8), cursor));
      if (!prev) break;
      const start = nameStart(text, cursor, 8, NO_VERBS);
      const item = cleanSector(text.slice(start, cursor));
      if (item.length < 2) break;
      items.unshift(item);
      cursor = start - 1;
      if (!/[、]/.test(text[cursor] ?? '')) break;
    }
    if (items.length < 2) continue;
    let at = m.index + 1;
    for (const item of items.reverse()) {
      const pos = text.lastIndexOf(item, at);
      if (pos >= 0 && isListSector(item) && !/^(产业|行业|领域)$/.test(item)) out.push(industry(item, item, pos));
      at = pos - 1;
    }
  }
  return out;
}

/** Strip what precedes a sector name: verbs, times, a place (万州锂电新材料 -> 锂电新材料), qualifiers. */
function cleanSector(phrase: string): string {
  let name = phrase.replace(LEADING_VERB, '');
  const place = findDistricts(name).find((d) => d.start === 0);
  if (place && name.length - place.surface.length >= 2) name = name.slice(place.surface.length);
  name = name.replace(QUALIFIER, '');
  return /[+＋0-9]/.test(name) || /[区市省县]$/.test(name) ? '' : name;
}

function isListSector(item: string): boolean {
  if (item.length > 6 || QUALIFIER_ONLY.test(item) || !isNounPhrase(item)) return false;
  if (/[区市省县]$/.test(item) || /(技术|资源|设施)$/.test(item)) return false;
  return SECTORISH.test(item) || terms.includes(item);
}

/** The phrase would start inside a word (…新能源汽车 cut to 能源汽车). */
function startsMidWord(text: string, at: number): boolean {
  if (at <= 0 || !/\p{Script=Han}/u.test(text[at - 1]!)) return false;
  const tokens = tag(text.slice(Math.max(0, at - 4), at + 4));
  let pos = Math.max(0, at - 4);
  for (const t of tokens) {
    if (pos === at) return false;
    if (pos > at) return true;
    pos += t.word.length;
  }
  return true;
}

function isNounPhrase(s: string): boolean {
  const tokens = tag(s);
  return tokens.every((t) => /^(n|nz|vn|l|x|j|nr|ns|a|b|an|ng|m|eng|i|f|s|v|t)$/.test(t.tag)) && !tokens.some((t) => /^(r|p|c|u|d|q|y)/.test(t.tag)) && /^(n|nz|vn|l|x|j|ng|an|eng|nr)/.test(tokens.at(-1)!.tag);
}

/** A sector word counts where the text uses it as a sector: 产业/行业 after it, a list of sectors, a verb of developing before it. */
function usedAsSector(text: string, m: Mention, all: Mention[]): boolean {
  if (text[m.end] === '化' || text.slice(m.end, m.end + 3) === '产业化') return false;
  if (/业$/.test(m.name) || SECTOR_CONTEXT_AFTER.test(text.slice(m.end, m.end + 6))) return true;
  if (SECTOR_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  return all.some(
    (o) => o !== m && ((o.end + 1 === m.start && /[、和及与]/.test(text[o.end]!)) || (m.end + 1 === o.start && /[、和及与]/.test(text[m.end]!))),
  );
}
