/** Industries: sector names from the gazetteer where the text uses them as sectors, "X产业" where
 * X is a noun phrase, and the items of a list that ends in 产业/行业/领域 (锂电新材料、绿色食品、
 * 现代纺织三大主导产业). */
import { gazetteer } from '../gazetteer/index.ts';
import { literalMatcher, type Mention } from './mentions.ts';
import { nameStart, NO_VERBS } from './spans.ts';
import { isHanAt } from '../text/normalize.ts';
import { tag } from '../text/segmenter.ts';
import { ITEM_JOINTS, VISIT_IN_TURN } from '../text/function-words.ts';
import { EFFORT_ADVERBS } from '../text/effort-adverbs.ts';
import { CITY_TO_COUNTY, levelClass, PROVINCE_TO_COUNTY } from '../text/level-words.ts';
import { districtAtStart, districtInfo } from './places.ts';
import { clauseHasComma } from './clause-lists.ts';
import { resolveSector } from '../resolve/industries.ts';
import { splitPair } from '../resolve/sector-pairs.ts';
import { byPosition } from './sector-neighbours.ts';
import { namesNoTrade } from './industry-kinds.ts';
import {
  namesActivity,
  namesPlaceOrPark,
  namesRegion,
  sectorWordAt,
  sectorWordGlued,
  startsMidWord,
} from './industry-shapes.ts';
import {
  industry,
  mergeSuffixForms,
  quotedChains,
  wholeChain,
  withQualifier,
} from './sector-mentions.ts';
import { usedAsSector } from './sector-contexts.ts';
import { namesOwnLine } from './sector-owners.ts';

const terms = gazetteer().industries;
const roles = gazetteer().roles;
/** 制造业, 现代服务业…: groupings of sectors, not one sector (see industry-categories.txt). */
const broad = new Set(gazetteer().industryCategories);
const multi = literalMatcher(terms.filter((t) => t.length > 1));
/** The gazetteer's sectors of two characters or more, as printed in `text` (park-links.ts too). */
export const sectorTerms = multi;
/** Whether a sector name is a grouping of sectors (制造业, 现代服务业), not one sector. */
export const isBroadSector = (name: string): boolean => broad.has(name);
const single = new Set(terms.filter((t) => t.length === 1));
/**
 * Words before 产业 that qualify rather than name a sector. strat50: a share (少数几个纺织产业,
 * 若干产业), a weakness or value (短板产业, 高附加值产业, 低端化肥产业), where (县城产业, 周边化工产业,
 * 内地产业转移), a rank (战略产业) or a seat (总部产业); 3条循环产业链 counts chains. */
const QUALIFIER =
  /^(国家级?|军民结合|军民融合|优质|高质量|高品质|明星|朝阳|新兴|主导|特色|支柱|传统|优势|重点|相关|配套|未来|县域|镇域|市域|富民|强县|兴业|战略性新兴|关键|整个|实体|地方|现代|新型|高新技术|高技术|绿色|低碳|龙头|标杆|样板|千亿级?|百亿级?|万亿级?|亿级|世界级|农业|工业|服务|文化|区域|全省|全国|全|各|该|本|园区|城市|基础|核心|重大|一批|集群|链|链条|生态|数字|大|新|强|好|其他|当家|全市|全区|全县|我市|我区|我县|我镇|一流|两大|三大|四大|五大|六大|[0-9一二三四五六七八九十两几]+(?:[个大项类条]|亿元?|万元)?|极?少数|大?多数|若干|部分|短板|高附加值|低端|县城|周边|战略|总部|内地)+/;
/** Adjectives and relational words no sector alone (智能产业高地, 科技型产业), a phrase opened by
 * 以 (以新产业…为核心), a policy slogan (稳外贸产业链). */
const NOT_A_SECTOR =
  /^(智能|智慧|高端|创新|新型|科技|央企|国企|民企|外企|企业)$|(型|性|合作)$|^以|^(稳|促|扩|保)(外贸|外资|就业|增长|消费|投资|经营主体)$/;
const QUALIFIER_ONLY = new RegExp(`^(?:${QUALIFIER.source.slice(1)})$`);
/** 州生物医药 (blocal-h): a prefecture's 州, like a zone's name, opens no sector. */
const LEADING_YEAR_OR_ZONE =
  /^(年|州|亿元?|万元|[0-9.]*[万千百]+[头只羽吨]|首届|第[0-9一二三四五六七八九十]+届|.*?(高新区|经开区|开发区|园区|协作区|合作区|新区|示范区|片区|保税区|自贸区|启动区|起步区|核心区|先行区|先导区))(?=\p{Script=Han}{2})/u;
/**
 * 构建起以竹木、…, 了解我县生态工业 (blocal-h): the verb before the object. A verb of work with its
 * result (抓实, 织密, 筑强, 做长, 厚植: policy prose the segmenter does not know) and an official's
 * 调度 govern 产业链 too (抓实产业链链长, 专题调度某县锂电产业: ind59-l); none of them is inside a
 * sector, park or programme name of the gazetteer or of an annotation.
 */
const LEADING_VERB = new RegExp(
  `^.*?([抓做压夯筑铸织扎拉补擦锻][实牢密强长优大细精深紧好稳全]|厚植|深植|深耕|重塑|调度|发展|培育|壮大|聚焦|丰富|谋划|建强|打造|推动|加快|建设|引进|围绕|布局|形成|突破|提升|健全|赋能|调整|优化|支持|包括|涉及|涵盖|升级|对|此|因此|近年来|[0-9]+月|致力于|调研|考察|视察|督导|检查|督查|聚势|聚力|开展|完善|助推|构筑|构建起以|构建|立志|重视|肯定|了解|${VISIT_IN_TURN})`,
);
const TRAILING_QUALIFIER =
  /(领域|高端|世界级|千亿级?|百亿级?|万亿级?|两大|三大|四大|五大|六大|支柱|特色|主导|优势|重点|新兴|核心|相关|配套|[0-9一二三四五六七八九十两几]+[个大项类])+$/;
/** A list item looks like a sector: ends in a sector-ish word, or is a gazetteer sector. GB/T 4754's
 * energy trades (煤炭, 石油, 天然气, 核能: ind61-a) only here, whole: alone, a fuel is a good. */
const SECTORISH =
  /(业|品|材料|制造|装备|医药|电子|汽车|能源|农业|服务|电商|经济|加工|食品|纺织|化工|建材|物流|旅游|康养|金融|器件|设备|软件|信息|技术|科技|芯片|部件|系统|菜|材|药|茶|酒)$|^(煤炭|石油|天然气|油气|核能|核电)$/;
/** "A、B、C三大主导产业", "A和B两个新兴产业", "A、B等重点领域", 'A、B“五大配套产业链”'. */
const COUNT = '(?:多个|[0-9一二三四五六七八九十两几多]+[个大项类条])';
const SCALE = '(?:千亿级?|百亿级?|万亿级?|世界级)';
const LIST_QUALIFIER = '(?:重点|主导|特色|支柱|优势|新兴|战略性新兴|传统|绿色|前沿|配套|关键|新)';
const LIST_END = new RegExp(
  `^[“"]?等?${COUNT}?${SCALE}?${LIST_QUALIFIER}*(?:产业链|产业集群|产业|行业|领域|业态)(?!化|项目)`,
);
const LIST_TAIL = new RegExp(
  `^(\\p{Script=Han}{2,8}?)(?=[“"]|等|${COUNT}|${LIST_QUALIFIER}|产业|行业|领域)`,
  'u',
);
const LIST_QUALIFIER_ONLY = new RegExp(`^(?:${LIST_QUALIFIER}|其他|相关|各类)+$`);
const ITEM_SPAN = /([^、，。；：！？“”‘’《》()（）\n,;:!? ]{1,12})$/u;
const DETERMINERS =
  /^(全市|全区|全县|我市|我区|我县|我镇|一批|众多|诸多|各类|多种|极?少数|若干|部分|千亿级?|百亿级?|万亿级?|世界级|[0-9一二三四五六七八九十两几]+[个大项类])+/;
/** Fields of relations between states (政治, 安全, 人文交流, 青年交流), never a sector. */
const STATECRAFT = /^(政治|安全|人文|外交|军事|国防|防务|执法|执法安全|人权|司法|反恐|党建)$|交流$/;
/**
 * Industry as a whole among the items: a list of fields of a government's policy (交通、产业、生态、
 * 教育四个领域), not of sectors. Schooling alone is no sign: 工业、建筑、交通、教育、医疗等7大领域 of
 * equipment renewal are sectors (cctv24y).
 */
const POLICY_FIELD = /^产业$/;
/** pjunk61: 终端产品、零部件、原材料等领域: goods by their stage in a chain, fields of a catalogue. */
const GOODS_BY_STAGE = /^(原材料|原辅料|零部件|零配件|终端产品|中间产品|中间品|半成品|产成品)$/;
/**
 * Fields of a government's own work (商事制度、监管执法、政务服务等5个重点领域): a regime, law
 * enforcement or government service among the items makes a list of fields of administration,
 * not of sectors (things48-a).
 */
// (监管 alone is no sign: 海事监管、邮政服务等领域 lists a ministry's fields, postal service a trade.)
const ADMINISTRATION = /(制度|执法)$|^政务/;
const LICENCE = /^[^，。；]{0,10}(一业一证|许可证?|准营|准入|审批|执业资格|职业资格|资格互认)/;
/** 医师、教师、导游等领域: a list with an occupation lists trades people practise (things26). */
const { occupations, notTrades } = gazetteer();
/** 拓宽乡村产业, 金融服务乡村产业: the countryside whose industries grow is a place (things26). */
const COUNTRYSIDE = /(乡村|农村|城乡|县域)$/;
/** Verbs that end sector names (汽车制造, 软件开发): a list item may end with one. */
const SECTOR_VERBS = new Set(['制造', '加工', '开发', '服务', '配套']);

export function findIndustries(text: string): Mention[] {
  const gazetteerHits = multi(text)
    .flatMap(({ start, surface }) => sectorWordAt(text, start, surface) ?? [])
    .map(({ surface, start }) => industry(surface, surface, start));
  const neighbours = byPosition(gazetteerHits);
  const found = [
    ...gazetteerHits.filter((m) => usedAsSector(text, m, neighbours)),
    ...beforeSectorWord(text),
    ...listItems(text),
    ...quotedChains(text),
  ]
    .filter((m) => !/^(产业|行业|领域|产业链|集群)$/.test(m.name) && !broad.has(m.name))
    .filter((m) => !notTrades.has(m.name) && !namesActivity(m.name, terms)) // not-trades.txt; work done
    .filter((m) => !namesPlaceOrPark(text, m, terms) && !namesRegion(m.name))
    .filter((m) => !namesOwnLine(text, m, terms)) // a firm's line, a zone's name (sector-owners.ts)
    // 法国、德国等国的金属行业: a country is whose sectors, not one.
    .filter((m) => !gazetteer().countries.has(m.name) && !namesNoTrade(text, m)) // goods, kinds
    .flatMap((m) => splitPair(wholeChain(text, m))); // 汽车船舶: two sectors (sector-pairs.ts)
  return mergeSuffixForms(
    found.map((m) => withQualifier(text, m)),
    text,
  ).flatMap((m) => {
    const { name, reason } = resolveSector(m.name);
    if (!name) return [];
    return [name === m.name ? m : { ...m, name, reason, from: m.name }];
  });
}

/** "X产业", "X产业链", "X产业集群": X from where a noun phrase starts. */
function beforeSectorWord(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/产业(?:集群|链)?/g)) {
    // 产业化 is not a sector; 产业体系, 产业结构… speak of all sectors at once.
    // 产业工人, 产业大军: people who work in industry, so what precedes (高素质) is no sector;
    // 某某产业新城: a new town's name, a place; 某研究会产业运营部, 产业处: a body's unit.
    if (
      /^(化|体系|结构|政策|布局|工人|大军|队伍|新城|运营|部(?!署)|处|科)/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 2),
      )
    )
      continue;
    if (!isHanAt(text, m.index - 1) || QUALIFIER_ONLY.test(text.slice(m.index - 2, m.index)))
      continue;
    if (sectorWordGlued(text, m.index, terms)) continue;
    const start = nameStart(text, m.index, 12, NO_VERBS);
    const phrase = text.slice(start, m.index).replace(TRAILING_QUALIFIER, '');
    let name = cleanSector(phrase);
    // 新能源材料: the qualifier 新 is part of the word 新能源 here, so it stays.
    if (startsMidWord(text, m.index - name.length)) {
      const whole = cleanSector(phrase, false);
      if (terms.includes(tag(whole)[0]?.word ?? '')) name = whole;
    }
    if (startsMidWord(text, m.index - name.length) || NOT_A_SECTOR.test(name)) continue;
    // 稻油轮作及油菜产业: 及 joins a practice to a crop, two things; no one sector's name (prog50-a).
    if (COUNTRYSIDE.test(name) || name.includes('及')) continue;
    // 电影消费产业链: spending on a thing is demand, not a sector (旅游消费 is one, in the gazetteer).
    if (name.endsWith('消费') && !terms.includes(name)) continue;
    if (isRegion(name) || isPlace(text, name)) continue; // 渝东北产业, 某区产业园
    // "A、B等医药产业": after a list, X产业 is the category the items belong to; after a list of
    // places (宜昌、荆州等磷化工产业集群) it is the places' own sector (ind61-a).
    if (text[m.index - name.length - 1] === '等' && !placeBefore(text, m.index - name.length - 1))
      continue;
    if (
      name.length === 0 ||
      (name.length === 1 && !single.has(name)) ||
      QUALIFIER_ONLY.test(name) ||
      /^(产业|行业|领域)/.test(name)
    )
      continue;
    if (name.length > 1 && !isNounPhrase(name)) continue;
    // 打造促进农民增收的“黄金产业”: a whole “X产业” in quotes is a figure of speech (a golden, a
    // sunrise industry) when X is no trade the vocabulary knows (blocal-f).
    if (quotedFigure(text, m.index - name.length, m.index + m[0].length, name)) continue;
    // People (代表, 委员) are never part of a sector's name: a headline fragment.
    if (tag(name).some((t) => roles.has(t.word))) continue;
    const at = m.index - name.length;
    out.push(
      industry(name.length === 1 ? name + '产业' : name, text.slice(at, m.index + m[0].length), at),
    );
  }
  return out;
}

/** The item that ends at `end` (before 等) is a district (宜昌, 荆州 in 宜昌、荆州等…). */
function placeBefore(text: string, end: number): boolean {
  const item = /[^、，,：:；。\s]{2,8}$/.exec(text.slice(Math.max(0, end - 8), end))?.[0];
  return !!item && !!districtInfo(item, true);
}

const ITEM_JOINT = new RegExp(`[${ITEM_JOINTS}]`, 'g');
/**
 * The items of a list closed by a sector word: 汽车制造、电子信息、优势农业等产业. Items are kept
 * as printed (优势农业, 基础软件): in a list the qualifier is part of the sector's name.
 */
function listItems(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ITEM_JOINT)) {
    // In a list separated by 、, 与 joins the two halves of one item (半导体与集成电路).
    if (m[0] === '与' && clauseHasComma(text, m.index)) continue;
    // Only the last separator of a list starts the check: find where the list ends.
    const tail = LIST_TAIL.exec(text.slice(m.index + 1));
    // 智能供应链、数字产业链: a qualifier before 产业 is no item, so this is no list.
    if (!tail || NOT_A_SECTOR.test(tail[1]!)) continue;
    if (QUALIFIER_ONLY.test(tail[1]!) && !terms.includes(tail[1]!)) continue;
    const closer = LIST_END.exec(text.slice(m.index + 1 + tail[1]!.length));
    if (!closer) continue;
    const items = [{ name: tail[1]!, start: m.index + 1 }, ...itemsBefore(text, m.index)];
    if (items.length < 2) continue;
    // 月球科学、月基科学和资源勘查利用3个领域: a field of science among them makes a list of fields
    // of research, not of sectors; so does a natural resource (水资源、矿产能源、生态环境等五大领域
    // of a survey): resources are studied or managed, a sector makes things; so do the fields of
    // archaeology (人类起源、文明起源、城市考古等多个领域: cctv33a).
    // 政治、产能、农业、能源、安全、人文六大领域: politics, security or people-to-people ties among
    // the items make it a list of fields of relations between states, not of sectors.
    // 在交通、产业、生态、教育四个领域率先突破: industry itself among the items makes a list of
    // fields of a government's policy, not of sectors (blocal-j).
    const fields = /领域$/.test(closer[0]);
    const notSectors = (name: string) =>
      /(科学|资源|起源|考古)$/.test(name) ||
      GOODS_BY_STAGE.test(name) ||
      STATECRAFT.test(name) ||
      POLICY_FIELD.test(name) ||
      ADMINISTRATION.test(name);
    if (fields && items.some((i) => notSectors(i.name))) continue;
    // 自然资源、生态环境等多个领域用户: fields a tool serves (a satellite's users), not sectors.
    const after = m.index + 1 + tail[1]!.length + closer[0].length;
    if (fields && /^(用户|的?应用)/.test(text.slice(after, after + 3))) continue;
    // 选取药店、餐饮店、便利店等40个行业推行“一业一证”: trades licensed as one, fields of a permit (things21).
    if (LICENCE.test(text.slice(after, after + 16))) continue;
    if (items.some((i) => occupations.has(i.name))) continue;
    // "五大配套产业链", "等特色产业" say the items are sectors: any noun phrase is one there.
    // 等多个行业和领域: sectors and fields of use mixed (管网, 救援 are fields), so only an item that
    // reads as a sector counts, as in a list not counted.
    const mixed = /^[和及与、]领域/.test(text.slice(after, after + 3));
    const counted =
      !mixed &&
      (/[0-9一二三四五六七八九十两几多]+[个大项类条]/.test(closer[0]) ||
        /^[“"]?等.*(产业|行业)/.test(closer[0]));
    // The item right before the closer must be a sector, or this is no list of sectors.
    if (!isListSector(items[0]!.name, counted)) continue;
    for (const item of items)
      if (isListSector(item.name, counted)) out.push(industry(item.name, item.name, item.start));
  }
  return out;
}

/** List items before the separator at `cursor`, right to left, each with where it starts. */
function itemsBefore(text: string, cursor: number): { name: string; start: number }[] {
  const items: { name: string; start: number }[] = [];
  while (cursor > 0) {
    const span = ITEM_SPAN.exec(text.slice(Math.max(0, cursor - 12), cursor))?.[1];
    if (!span) break;
    // An item between two 、 is whole; the first one may follow a verb (大力培育轻量化车身).
    const first = span.length === 12 || text[cursor - span.length - 1] !== '、';
    const from = first ? nameStart(text, cursor, 12, SECTOR_VERBS) : cursor - span.length;
    let name = cleanItem(text.slice(from, cursor));
    // 做大做强集成电路: jieba leaves 强 on the item; the verb phrase before it tells.
    const wider = cleanItem(text.slice(Math.max(0, from - 2), cursor));
    if (first && wider.length < name.length) name = wider;
    if (name.length < 2 || sharedVerbTail(text, cursor - name.length, name)) break;
    items.push({ name, start: cursor - name.length });
    if (first) break;
    cursor -= span.length + 1;
  }
  return items;
}

/**
 * 电力热力燃气及水生产和供应业: two verbs joined by 和 share one 业 in a statistical sector's long
 * name, so 供应业 after 生产和 is its tail, not a sector of the list (批发和零售业: 零售业 is one word).
 */
function sharedVerbTail(text: string, at: number, name: string): boolean {
  if (!/^[和及]$/.test(text[at - 1] ?? '') || !name.endsWith('业') || tag(name).length < 2)
    return false;
  const verb = (w: string) => {
    const tokens = tag(w);
    return tokens.length === 1 && /^vn?$/.test(tokens[0]!.tag);
  };
  return (
    verb(name.slice(0, -1)) && verb(tag(text.slice(Math.max(0, at - 5), at - 1)).at(-1)?.word ?? '')
  );
}

/** The phrase without the verbs before it and a place (when two characters or more are left). */
function withoutVerbsAndPlace(phrase: string): string {
  let name = phrase;
  for (let prev = ''; prev !== name;) name = (prev = name).replace(LEADING_VERB, '');
  // 将菌菇产业做出了特色 (blocal-h): 将 or 把 before the object; not a place's first character (将乐县).
  if (/^[将把]/.test(name) && !districtAtStart(name)) name = name.slice(1);
  const place = districtAtStart(name);
  return place && name.length - place.surface.length >= 2 ? name.slice(place.surface.length) : name;
}

/** A district's last character (某某区, 某省): a place's name, cut short of its sector or none. */
const LEVEL_END = new RegExp(`${levelClass(PROVINCE_TO_COUNTY)}$`);
/** A count (+, digits) or a district's last character: what is left names no sector. */
const sectorOrNone = (name: string): string =>
  /[+＋0-9]/.test(name) || LEVEL_END.test(name) ? '' : name;

/** Strip what precedes a list item: verbs, a place, counts and scope words (全市, 一批). */
const cleanItem = (phrase: string): string =>
  sectorOrNone(
    withoutVerbsAndPlace(phrase).replace(DETERMINERS, '').replace(LEADING_YEAR_OR_ZONE, ''),
  );

const FIRM_BEFORE_GOODS =
  /^(\p{Script=Han}{2})(食品|科技|实业|集团|股份|控股)(?=\p{Script=Han}{2})/u;

/** Strip what precedes a sector name: verbs, times, a place (万州锂电新材料 -> 锂电新材料), qualifiers. */
function cleanSector(phrase: string, qualifiers = true): string {
  let name = withoutVerbsAndPlace(phrase);
  // 2026年全省光电子信息, 高新区电子信息: a year's 年 or a zone before a sector is no part of it;
  // 某县·第五届陶瓷产业博览会: nor an event's place before a dot (blind blocal-m).
  name = name.slice(name.lastIndexOf('·') + 1).replace(LEADING_YEAR_OR_ZONE, '');
  // 启动|区互联网: the segmenter took 启动 for a verb and left the zone's 区 alone on the sector
  // (区块链 is one word and stays).
  if (name.length >= 3 && name[0] === '区' && tag(name)[0]?.word === '区') name = name.slice(1);
  if (qualifiers) name = name.replace(QUALIFIER, '');
  // 湖南华益食品槟榔产业项目: a firm's short name and its kind (华益食品: a company, its name no
  // dictionary word) before the goods it makes; the sector is the goods (lthings56).
  // (a province's short form glued before it is read by the segmenter into the firm's name: 湖南华)
  const place = [3, 2, 0].find((n) => n === 0 || !!districtInfo(name.slice(0, n)))!;
  const firm = FIRM_BEFORE_GOODS.exec(name.slice(place));
  const own = firm && tag(firm[1]!);
  if (own?.length === 1 && /^(x|nz|nr)/.test(own[0]!.tag))
    name = name.slice(place + firm![0].length);
  // 川渝新型显示: a region before a known sector says where, not which sector.
  let at = 0;
  for (const t of tag(name)) {
    if (!/^(ns|j)/.test(t.tag)) break;
    at += t.word.length;
    if (terms.includes(name.slice(at))) name = name.slice(at);
  }
  return sectorOrNone(name);
}

const PRODUCT_GRADE = /^(国产|高档|高强)/;
function isListSector(item: string, counted: boolean): boolean {
  const halves = item.split('与');
  if (halves.length === 2) return halves.every((h) => h.length >= 2 && isListSector(h, counted));
  if (item.length > 7 || broad.has(item) || LIST_QUALIFIER_ONLY.test(item)) return false;
  // 引进优势项目、培育旅游等优势产业: a project is one investment, not a sector.
  if (
    /^(产业|行业|领域)/.test(item) ||
    /(技术|资源|设施|项目|执业|从业|资格)$/.test(item) ||
    // pjunk61: 航空、航天器及设备制造 (GB/T 4754): a bare 设备制造 is the tail of a division's name.
    /^(设备|器材|装置)制造$/.test(item) ||
    // 国产核心装备, 高强汽车板、高档家电板等领域: made at home, high-strength, high-grade describe
    // products (a plate, a machine) of a sector, not the sector (stop 45).
    PRODUCT_GRADE.test(item) ||
    !isNounPhrase(item)
  )
    return false;
  return counted || SECTORISH.test(item) || terms.includes(item);
}

/** “X产业” printed whole in quotes, X unknown to the vocabulary: a figure, no sector. */
function quotedFigure(text: string, start: number, end: number, name: string): boolean {
  return text[start - 1] === '“' && text[end] === '”' && !terms.includes(name);
}

/** A place or region name (渝东北: an abbreviation and a direction), not a sector. */
function isRegion(name: string): boolean {
  const tokens = tag(name);
  return tokens.some((t) => t.tag.startsWith('ns')) && tokens.every((t) => /^(ns|j)/.test(t.tag));
}

/** A district, or its short form where the story prints it whole (某某区… “某某产业园”). */
function isPlace(text: string, name: string): boolean {
  const whole = (n: string) => districtAtStart(n)?.surface === n;
  return whole(name) || [...CITY_TO_COUNTY].some((s) => text.includes(name + s) && whole(name + s));
}

/** 切实增强 (jieba's set phrase, l): an adverb of effort opening it makes it a verb (blocal-k). */
const EFFORT_ADVERB = new RegExp(`^(${EFFORT_ADVERBS.join('|')})`);
function isNounPhrase(s: string): boolean {
  const tokens = tag(s);
  return (
    tokens.every((t) => /^(n|nz|vn|l|x|j|nr|ns|a|b|an|ng|m|eng|i|f|s|v|t)$/.test(t.tag)) &&
    !tokens.some((t) => t.tag === 'l' && EFFORT_ADVERB.test(t.word)) &&
    !tokens.some((t) => /^(r|p|c|u|d|q|y)/.test(t.tag)) &&
    (/^(n|nz|vn|l|x|j|ng|an|eng|nr|mq)/.test(tokens.at(-1)!.tag) ||
      SECTOR_VERBS.has(tokens.at(-1)!.word))
  );
}
