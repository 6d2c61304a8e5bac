/**
 * prog46 (issue 13): things local and national news print like campaigns that are not one — a
 * single construction named by the facility it builds (某河航道升级改造工程, 某江防洪堤工程, 某某
 * 电力联网工程), what a station or a newsroom does (某台“某某”新闻行动, 融媒体采访行动, 采风活动),
 * a county's working mechanisms or methods counted in quotation marks (“八种工作机制”, “四全”工作法),
 * a generic operation (移民执法行动 of a foreign agency, 部队依法行动, 发展中国家气候行动), and a
 * field's five-year plan printed without its field (县妇女、儿童工作《“十四五”发展规划》). Checked by
 * programLookalike after the gazetteer (a gazetteer name is never refused here).
 */
import type { Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';

/**
 * 沙某河航道升级改造工程, 某江防洪堤工程, 闽粤电力联网工程, 某某抽水蓄能电站工程: one waterway, dike,
 * bridge, reservoir, power link or station is one construction (single works are junk in cctv22x,
 * cctv24y, cctv24z and cctv25q); a national programme on a kind of facility (病险水库除险加固工程,
 * 农村电网改造升级工程) names no one facility and stays.
 */
const ONE_FACILITY =
  /(航道|防洪堤|堤防|河堤|海堤|大桥|特大桥|水库|电站|变电站|输变电|电力联网|铁路|高速公路|机场)(?!除险)\p{Script=Han}{0,6}工程$/u;
const NATIONAL_KIND = /(病险|小型|农村|全国)\p{Script=Han}{0,2}$/u;
/** 某台“某某”新闻行动, 融媒体采访行动, 记者采风活动: a station's reporting series or outing. */
const NEWSROOM = /(新闻|融媒体|全媒体|采访|报道|宣传报道|直播)行动$|采风\p{Script=Han}{0,2}活动$/u;
/** “八种工作机制”, “四全”工作法: a county's ways of working, counted, are no campaign. */
const COUNTED_WAYS =
  /^[一二三四五六七八九十两]+[种项个条]?\p{Script=Han}{0,2}(工作机制|工作法|工作理念)$/u;
/**
 * 移民执法行动, 部队依法行动, 发展中国家气候行动: enforcement by a two-character field, acting by law
 * and climate action are generic (named enforcement is quoted or 专项: “某某”执法行动,
 * 长江禁捕水域专项联合执法行动, kept in cctv23y, cctv24y and cctv24z).
 */
const GENERIC_OPERATION = /^\p{Script=Han}{2}执法行动$|依法行动$|气候行动$/u;
/** 《“十四五”发展规划》 right after the field it plans (工作《…》): the name lacks its field. */
const PERIOD_PLAN = /^《[“"]?[一二三四五六七八九十]+五[”"]?(发展)?规划》$/;

export function notCampaign(text: string, m: Mention): boolean {
  const facility = ONE_FACILITY.exec(m.name);
  if (facility && !NATIONAL_KIND.test(m.name.slice(0, facility.index))) return true;
  if (NEWSROOM.test(m.name) || COUNTED_WAYS.test(m.name)) return true;
  if (GENERIC_OPERATION.test(m.name) && !/^[“"《]/.test(m.surface)) return true;
  return PERIOD_PLAN.test(m.surface) && /\p{Script=Han}$/u.test(text.slice(0, m.start));
}

/**
 * 长江干流区域和长江经济带区域, 在海南自由贸易港暂时调整适用: a region or a port a gazetteer strategy
 * is named after, printed as the place (followed by 区域, 地区, 沿线; or after 在 with no 建设 or
 * 发展), is the place, not the strategy (prog44-a and prog46-a junk such labels; cctv24x leaves
 * 粤港澳大湾区 printed as a region out of its strategies).
 */
const REGION = /(经济带|湾区|经济圈|自由贸易港|自贸港|新区|城市群|走廊)$/;
export function printedAsPlace(text: string, m: Mention): boolean {
  // Only a gazetteer strategy printed by a shorter name than its own (长江经济带 of 长江经济带发展).
  const printed = m.surface.replace(/[“”"]/g, '');
  if (!canonicalProgram.has(m.name) || printed === m.name || !m.name.startsWith(printed))
    return false;
  // 在城市更新中, 在“港车北上”基础上: a task or a policy printed short is still itself.
  if (!REGION.test(printed)) return false;
  const after = text.slice(m.end, m.end + 4);
  if (/^(区域|地区|沿线|沿岸|范围)/.test(after)) return true;
  return text[m.start - 1] === '在' && !/^[”"]?(建设|发展|战略|高质量)/.test(after);
}

/**
 * “丝路电商过大年”等系列活动: a gazetteer name read at the start of a longer quoted name is that
 * name's word, an event or a series named after the program (cctv25q leaves it out as an event).
 */
export function insideLongerQuote(text: string, m: Mention): boolean {
  if (!canonicalProgram.has(m.name) || /[”"]/.test(m.surface.slice(1))) return false;
  if (!/^[“"]/.test(m.surface) && !/[“"]/.test(text[m.start - 1] ?? '')) return false;
  return /^\p{Script=Han}{2,}[^“”"\n，。；、]{0,10}[”"]/u.test(text.slice(m.end, m.end + 14));
}
