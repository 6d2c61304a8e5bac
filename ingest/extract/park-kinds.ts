/**
 * A park word that names a kind of park, not one park: generic and descriptive words, sectors,
 * titles given to a region (designations), capacities and counts. Kept apart from parks.ts, which
 * finds where a park's name starts and ends, because these rules judge the words of a name.
 */
import { gazetteer as gz } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { runEnd, runStart } from '../text/sentences.ts';

/** Words that only qualify a park (产业, 国家级, 示范, 该…): left of the kind word they name none. */
export const GENERIC_LEFT =
  /^(产业|特色|特色产业|工业|科技|企业|科技企业|数字|智慧|国家|国家级|省级|市级|区级|重点|关键|园区|园区级|相关|各类|综合性|创新|示范|现代|新|大|小|一流|高新|生态|绿色|低碳|海关特殊监管|特殊|自贸|自由贸易|合作|联合|综合|全域|配套|发展|该|此)*$/;
/** A sector and generic words only (汽车配套产业基地, 消费品工业集聚区) describe, not name, a park. */
export const SECTOR_ONLY = new Set([...gz().industries, ...gz().industryCategories]);
export const GENERIC_TAIL = /(产业|特色|配套|重点)+$/;
export const GENERIC_LEFT_HEAD = /^(国家级|国家|省级|市级|全市|首批)+/;
/**
 * 地区 first: 国家和地区自由贸易园区 cut after 和, the zones of many countries (things26). An
 * owner's level (市属、区属孵化器) or a world-class aim (建设世界级某产业基地) names a kind (things40);
 * so does a rank (成为全省第二大生物医药产业基地: what a prefecture became, no zone; ind61-l).
 */
export const GENERIC_PARK =
  /^(全省|全国|全市|国内|我国)?(世界级|[省市区县镇校]属|地区|部分|其他|其余|其它|上下游|上游|下游|周边|当地|地方|境外|海外|首个|首批|首家|首条|首座|这一|那一|那个|高水平|高质量|一批|多个|多家|该|整个|这个|这座|这片|这家|那座|这些|各类|各地|各个|未来产业|相关|新型|一个|一座|一流|零碳|高科技|低效|闲置|被困|新落户|落户|高标准|附近|距离|多地|成熟|新一轮|第[0-9一二三四五六七八九十]+[批届大]|[一二三四五六七八九十两几]+大)/;

/**
 * Demonstration titles of public services or of a goal (共同富裕示范区, 社会主义先行示范区, a
 * province's 两岸融合发展示范区, a region's 对外开放示范区) and
 * reform pilots (资源型经济转型综合配套改革试验区: a province), given to a county, a city or a
 * province, not to a park; so does a national rank with no place in it (国家级新型电力系统先行示范区:
 * a province is to be built into one), and so do a region's industrial-internet zone (某半岛国家级
 * 工业互联网示范区) and a program's demonstration zone (国家某某行动示范区: the program's title);
 * a title given across the country or by a province with no place in it (全国质量品牌提升示范区,
 * 省级水网先导区) or a bare reform pilot (改革试验区) names a kind, no park (things23); so does a
 * reform-and-opening title (全面深化改革开放试验区: a whole province's positioning; things26).
 */
export const DESIGNATION =
  /(防控|卫生|健康|文明|教育|养老|医疗|慢性病|社会治理|体育|食品安全|共同富裕|社会主义先行|共同体意识|民族团结(进步)?|综合配套改革|两岸融合发展|对外开放|开放型经济|文物保护利用|扩大开放综合|工业互联网|人才培养\p{Script=Han}{0,6}|改革开放|深化改革)(示范区|试验区|示范园区|示范基地)$|首个|首家|首批|^(全国|省级|市级|县级)|^改革试验区$/u;
/** A capacity or an output (百万千瓦级, 年产10万吨) before or inside a zone's name. */
export const RATED = /[0-9.一二三四五六七八九十百千万亿]+(千瓦|兆瓦|吉瓦|万吨|吨)级?/;

/**
 * Whether a rating stands in the zone's own phrase: in `head` or in the ten characters before
 * `start`, but only after the last conjunction or pause there. 毗邻石化百万吨乙烯项目和某某高新区
 * (lthings63-l): the rating is the other item's, the plant's, joined by 和; the zone is a park.
 */
export function ratedZone(text: string, start: number, head: string): boolean {
  const before = text.slice(Math.max(0, start - 10), start);
  return RATED.test(before.slice(before.search(/[和与及、，,。；;]?[^和与及、，,。；;]*$/)) + head);
}
/**
 * Words that say what a park is like or for (高端, 科学, 文创, 中试, 页岩油) and no place or proper
 * name: 科学园区, 高端医疗产业园, 全功能旅游产业集聚区 are kinds of park, and 国家新能源综合示范区,
 * 生态经济示范区 or 页岩油示范区 titles for a region, a field or an oilfield; 试验示范区 and
 * 利用核心示范基地 are cut from a field trial's description; 协同发展示范区 is what a zone does,
 * 经贸合作区 what it is for. 智能物联产业园, 大数据产业园: a technology's words alone (智能, 物联,
 * 算力…) say what a park works on, not which park it is (things39, issue 13); 仓储园区, 冷链园区:
 * a park by what it stores (things42); 循环经济园区, 低碳产业园: a kind of economy (lthings62-l).
 */
const DESCRIPTIVE =
  /^(高端|健康|大健康|全功能|多功能|先进|新兴|未来|特色|现代|科学|科创|文创|文化|创意|创业|创新|医疗|旅游|休闲|中试|研发|总部|高标准|农田|基地|产业|融合|集聚|经济|生态|综合|示范|标准化|规模化|页岩|油|油气|页岩气|煤层气|资源|科技型|清洁|生产|主题|专业|保税|零碳|低碳|循环|夜间|文旅|消费|试点|碳达峰|高产|单产|提升|种养|粮田|吨|利用|再生能源|发展|海洋|低空|作物|主要|数据|要素|仓储|冷链|吨粮田|稻渔|养殖|水产|技术|跨境|高新区|良好|无废|核心|试验|协同|经贸|经贸合作|精深|加工|精深加工|农产品|国际|国际级|边境|贸易|口岸|开放|智能|物联|物联网|网联|智造|数智|算力|大数据|云计算|区块链|元宇宙)$/;

/** A crop or a product alone before 产业园 (葡萄产业园) says what is grown there, not which park. */
const PRODUCT_PARK = /(产业园|产业基地|工业园区?|创业园|孵化园)$/;

/** The name left of the kind word is made of descriptive words and sectors only. */
export function describesOnly(left: string, suffix: string): boolean {
  const words = tag(left);
  // 葡萄产业园, 航天科技产业园: one or two common nouns (no place, no proper name) say what the
  // park makes, not which park it is.
  if (PRODUCT_PARK.test(suffix) && words.length <= 2 && words.every((w) => /^n$/.test(w.tag)))
    return true;
  // 石斛产业园, 灵芝产业园: jieba's dictionary tags many herbs as given names (石斛/nr, 灵芝/nrt,
  // 杜仲/nr); a two-character "name" alone before 产业园 is such a crop, for a park is not named
  // after a bare given name (things26).
  if (
    PRODUCT_PARK.test(suffix) &&
    words.length === 1 &&
    /^nr/.test(words[0]!.tag) &&
    left.length === 2
  )
    return true;
  // 农副产品加工园区, 有色金属精深加工园区: what is processed there names a kind of zone.
  if (/加工$/.test(left) && words.every((w) => /^(n|nt|vn|a)$/.test(w.tag))) return true;
  // AI产业园, 5G产业园: a sector's Latin short form alone.
  if (/^[A-Za-z0-9]{1,4}$/.test(left)) return true;
  return words.every(
    (w) => DESCRIPTIVE.test(w.word) || SECTOR_ONLY.has(w.word) || GENERIC_LEFT.test(w.word),
  );
}

const COUNT_BEFORE = /[0-9０-９一二三四五六七八九十百千万两几多]+(个|家|座|批|处|片)$/;
const COUNT_AFTER =
  /^(?:[0-9０-９一二三四五六七八九十百千万两几多]+(个|家|座|批|处|片)|数量|总数|个数)/;

/**
 * 滇中五州市园区经济, 三县园区: places counted by a numeral before their level words (五州市, the five
 * prefectures and cities) own many parks, a kind, no park of their own (ind61-l). The numeral is
 * next to the level word: a name with a numeral in it (三河市, 五指山市) has a word between.
 */
export const COUNTED_PLACES = /[0-9一二三四五六七八九十两几]+个?[省市县区州盟旗]+$/;

/** 建设70个…特色园区, 已建成…示范区578个, 某区域综合保税区数量由2个增至11个: a counted park is a
 * kind of designation, not one park. */
export function counted(text: string, start: number, end: number): boolean {
  return (
    COUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
    COUNT_AFTER.test(text.slice(end, end + 8))
  );
}

/** National kinds of zone that end in a verb or hold one (State Council designations): 中关村
 * 国家自主创新示范区 names its zone before them (parks.ts). */
export const VERB_KIND = /(国家自主创新|国家可持续发展议程创新|跨境电子商务综合)$/;

/** 有着“某某产业基地”“某某产业基地”等称号: quoted titles closed by 等称号 (or 荣誉). */
const HONOURS_AFTER = /^[”"]?(?:[“"][^“”"]{1,24}[”"])*(?:等|的)?(?:荣誉)?称号/;
/** A town's other honours in the same list: 全国重点镇、某某名镇、广东省中心镇、… */
/** What bounds the clause of a town's honours: a comma or a sentence's end (not 、, which lists them). */
const TOWN_CLAUSE_STOP = /[，。；！？\n]/;
const TOWN_HONOUR = /(名镇|中心镇|重点镇|试点镇|强镇|示范镇|特色小镇)[、，。；]/;

/**
 * 某镇是全国重点镇、…名镇、某省某某产业集群升级示范区、…试点镇 and 有着“某某产业基地”…等称号
 * (blocal-g): a title a town holds among its other honours, no park of its own (stop 45).
 */
export function honourOfTown(text: string, start: number, end: number): boolean {
  if (HONOURS_AFTER.test(text.slice(end, end + 60))) return true;
  const from = runStart(text, start, TOWN_CLAUSE_STOP);
  const to = runEnd(text, end, TOWN_CLAUSE_STOP);
  const clause = text.slice(from, Math.min(text.length, to + 1));
  return clause.includes('、') && TOWN_HONOUR.test(clause);
}

/**
 * 某产业集聚区是“某省二星级产业集聚区”“十快产业集聚区”, 打造“中国最具竞争力的某产业基地”目标
 * (blocal-j): a park's name wholly in quotes after a copula or an honour's verb (是, 为, 荣获,
 * 评为) or another quote is a title the park holds; one before 目标 or 定位 is what a place aims
 * to become. Neither is a park of its own.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  if (!/^[”"]/.test(text.slice(end, end + 1))) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[”，。；]/.test(before.slice(open + 1))) return false;
  const lead = text.slice(
    Math.max(0, start - before.length + open - 4),
    start - before.length + open,
  );
  return QUOTED_TITLE_LEAD.test(lead) || QUOTED_GOAL_AFTER.test(text.slice(end + 1, end + 3));
}
const QUOTED_TITLE_LEAD = /(?:是|为|荣获|获评|评为|授予|获得|列为|[”"])$/;
const QUOTED_GOAL_AFTER = /^(?:目标|定位)/;
