/**
 * One node per sector: canonical forms from industry-canonical.txt (汽车, 汽车制造 → 汽车制造业),
 * and no junk — weather (雷雨大风), verbs (谋划), words that are no sector (乡村, 国际), a verb or a
 * place glued in front of a sector (驱动汽车, 川渝汽车 → 汽车制造业).
 */
import { tag } from '../text/segmenter.ts';
import { districtInfo, startsWithPlace } from '../extract/places.ts';
import { isNamedProgram } from '../extract/named-programs.ts';
import { sectorOfForm } from './sector-forms.ts';
import { canonical, isKnownSector, terms } from './sector-vocabulary.ts';
import {
  afterCountry,
  afterInnerPlace,
  afterShortCountry,
  afterVerb,
  countries,
  withoutPlace,
} from './sector-prefixes.ts';

/** Weather and disasters: printed beside 产业 in warnings, never a sector. */
const WEATHER = /(大风|暴雨|雷雨|冰雹|寒潮|高温|台风|强降雨|洪涝|干旱|霜冻|降温|沙尘)/;
/** Words that are no sector on their own. */
const NOT_A_SECTOR = new Set([
  '乡村',
  '城乡',
  '国际',
  '信息',
  '消费',
  '助农',
  '农村',
  '城市',
  '区域',
  '民生',
  '外贸',
  '内需',
  '上下游',
  '东盟',
  '科技',
  '零碳',
  '高科技',
  // Words of time, measure, relation and of public bodies (卫健, 妇联): never a sector alone
  // (规模 of 万亿级规模产业 is a size).
  '规模',
  '距离',
  '小时',
  '时期',
  '这一',
  '关系',
  '世界',
  '专业',
  '技术',
  '经济',
  '余场',
  '妇联',
  '政府',
  '国家',
  // 与“一带一路”伙伴产业链: partners, not a sector.
  '伙伴',
  // 亚太产业链, 招商引资产业项目: a region and a way of attracting investment, not sectors.
  '亚太',
  '招商引资',
  '医院',
  '住建',
  '卫健',
  '指导',
  '拓宽',
  '先导',
  '跨境',
  '整体',
  // 与某区互通产业发展规划: a verb (share with each other) before 产业.
  '互通',
  // 矿山、危化、消防等重点行业领域安全: fire services are a public service watched for safety
  // among sectors, not a sector (junk17; 消防救援 of cctv25l's annotation too).
  '消防',
  '消防救援',
  // 重点产品产业链: products in general, no sector (junk20).
  '产品',
  // 社会事业, 社会服务 (of 专项债券…支持社会事业; 向制造业、社会服务领域提供贷款): fields of public
  // spending and lending, not trades (things21; cctv22x).
  '社会事业',
  '社会服务',
  // 视察调度产业发展 (blocal-f): once 视察 is cut, the second verb of the pair (调度, 督导, 督查 of
  // an official's inspection; jieba tags them nouns) is left before 产业, and names no trade.
  '调度',
  '督导',
  '督查',
]);
/**
 * The people's livelihood (社会民生, 保障民生: a field that investment serves) and security are
 * goals, not sectors (国家粮食安全, 能源安全, 产业链安全); so are new productive
 * forces, high-quality development, the carbon goals and a transition (绿色转型, 数字化转型).
 * A ranking or a designation of firms (民营经济百强, 专精特新, 小巨人), money flowing in (外商投资,
 * 贸易投资), a shop, a works or a greenhouse (品牌专卖店, 社区工厂, 重大工程, 蔬菜大棚), an area
 * measured (万平方米高标准) and the chains set beside the industrial chain (技术链, 创新链, 资金链 of
 * 全技术链产业实训, 创新链产业链资金链人才链) are no sector either (酒店, 百货店 are trades: kept),
 * nor a mode of trade (加工贸易, 边境贸易: how goods cross a border; things21).
 */
const GOAL =
  /民生$|^(加工|一般|边境|转口|易货)贸易$|(粮食|能源|国家|产业链|供应链)安全$|^(新质生产力|高质量发展|碳达峰|碳中和|双碳)$|转型$|百强|[十五]百?强$|专精特新|小巨人|投资$|(专卖店|门店|工厂|重大工程|大棚)$|平方米|万?亩|^(技术|创新|资金|人才|价值|服务|政策)链$/;
/**
 * A verb glued in front of a sector (驱动汽车, 激活传统能源; 专门设置低空经济, 鼓励外商投资高新技术: a
 * body sets up or invests in it; 充分发挥高端产业引领功能): the sector is what follows.
 */
const VERB_PREFIX =
  /^(充分发挥|发挥|专门设置|设置|设立|外商投资|鼓励|引导|抢抓|抢占|促进|面向|畅通|会同|试点|驱动|激活|带动|助力|赋能|推动|培育|发展|做强|做优|壮大|引领|支撑|服务|聚焦|布局|谋划|打造|研判|优化|联动|关心|规范|调研|整治|考察|视察|了解|关注|掌控|掌握|预计|落实|实施|推进|加快|加强|支持)/;
/**
 * Regions named by joined short forms (川渝, 京津冀; city clusters, industries25: 广深莞 for
 * Guangzhou, Shenzhen and Dongguan, 长株潭, 苏锡常): a place, not part of a sector.
 */
const REGION =
  /^(川渝|成渝|京津冀|京津|广深莞|深莞惠|广佛肇|广佛|广深|长株潭|苏锡常|厦漳泉|沪苏浙|江浙沪|苏浙皖|长三角|珠三角|粤港澳|渝东北|渝东南|渝西|西部|东部|中部|东北|中[德美欧非俄法英日韩])/;
/**
 * Colours and qualities (蓝色 for the sea, 特色): what a sector is like, never which one; 品牌 of
 * 特色产业、优势产业和品牌产业 (industries with a known brand, blocal-f) too.
 */
const QUALITY_ONLY =
  /^(品牌|蓝色|绿色|银色|金色|红色|白色|黑色|特色|优势|传统|新兴|高端|低端|中低端|中高端|落后|低效|过剩|闲置)$/;
// Two qualities or more and no trade (清洁低碳, 智能绿色): how sectors grow, never which one (ind37).
// Not 绿色低碳 (in the vocabulary): the seeds' gold keeps it where every independent annotation
// junks it (cctv23y, cctv24y, cctv24z, cctv25w, things36); a convention left to decide.
const QUALITIES =
  /^(?:绿色|低碳|零碳|循环|清洁|智能|智慧|数字|高端|高效|安全|集约)(?:绿色|低碳|零碳|循环|清洁|智能|智慧|数字|高端|高效|安全|集约|节约)+$/;
/**
 * A scope, an ordinal or an adverb in front (特别是在, 第三大, 原本; the statistical scope 规模以上,
 * things21; a national title, 国家清洁能源产业高地, things40): the rest must be a sector.
 */
const SCOPE =
  /^(从(?!事|业)|盘活(?:现有)?|现有|规模以上|规上|首个|首家|首批|省级|市级|县级|国家级?|高标准|多(?![轴元])|部分|原本|完整|利用|能为|特别是在?|近[0-9一二三四五六七八九十]+年|第[0-9一二三四五六七八九十]+[大届])/;
/** Where the story is (当地高端智能制造): the sector is what follows. */
const HERE =
  /^(村里|乡里|镇里|县里|市里|省里|城里|上下游|上游|下游|两地|三地|两岸|两国|线上线下|各地|当地|本地|全省|全市|全区|全县|全国|我国|国内|省内|市内|自治区|沿线|地方)/;
/** A clause, not a name (a visit: 某某前往某某, before a park's 产业园). */
const CLAUSE =
  /(模式|路径|趋势|制约|实现|难以|能够|已经|正在|以及|前往|来到|走进)|(企业|政策|办理|流动)$|^[一二三四五六七八九十]大/;

/**
 * Pieces of a clause, not a name (things21): the classical particle 之 inside it (以创新之源
 * 驱动产业 → 之源驱动), 其/所 opening it, and a verb of fostering closing it (通过投资手段引育
 * 产业: 引育 governs 产业, so what stands before it is the means or the agent; a slogan's
 * 频谱筑基产业创新, industries25: 筑基 lays the ground for it).
 */
const GLUED =
  /之|^[其所]|(引育|培育|引进|引领|带动|赋能|壮大|激活|反哺|助推|助力|撬动|筑基|奠基|护航)$/;

/**
 * A field of science (月球科学), a way of developing (绿色发展, 融合发展) and technology by a
 * quality or a discipline (绿色科技, 工程科技) are what a sector uses or aims at, not a sector (量子科技 names one).
 */
const FIELD_OR_WAY = /科学$|发展$|^(绿色|低碳|高新|前沿|新兴|先进|工程)科技$/;
/**
 * Not one sector (junk18): a sector negated (非煤产业: all but coal), the high-tech grouping glued
 * to a word no rule cut (某市高新技术产业; 高新技术 alone is kept, junk9), starting firms
 * (文化创业产业园), a control system (工业控制系统: a technology sectors use; a part, 动力电池系统,
 * is a trade) and a demonstrative (这座产业园 points at a park).
 */
const NOT_ONE_SECTOR = /^非\p{Script=Han}$|.高新技术$|创业$|控制系统$|^[这那][个座家片些]$/u;

export type SectorName = { name?: string; reason?: string };

const resolved = new Map<string, SectorName>();
/** The canonical sector for a name found by the industry rules; no name when it is junk. */
export function resolveSector(found: string): SectorName {
  let r = resolved.get(found);
  if (!r) resolved.set(found, (r = sectorOfForm(found, computeSector) ?? computeSector(found)));
  return r;
}

function computeSector(found: string): SectorName {
  let name = found;
  const reasons: string[] = [];
  if (WEATHER.test(name) || CLAUSE.test(name) || NOT_A_SECTOR.has(name) || GOAL.test(name))
    return {};
  if (GLUED.test(name) && !terms.has(name) && !canonical.has(name)) return {};
  if (FIELD_OR_WAY.test(name) && !terms.has(name) && !canonical.has(name)) return {};
  // 世界大健康 (of 世界大健康产业大会), 鼓励类 (of 鼓励类产业目录): an event's title and a class
  // of a policy catalogue, not a sector (肉类, 酒类 are trades: kept).
  if (/^世界(?!级)|^(鼓励|限制|淘汰|允许|禁止)类$/.test(name)) return {};
  // 国际物流 is 物流 (its trade across borders); 国际智慧交通 (of 国际智慧交通产业博览会), with no
  // known sector after 国际, an international event's title, as 世界… is.
  if (/^国际/.test(name) && !terms.has(name) && !canonical.has(name)) {
    const trade = name.slice(2);
    if (!terms.has(trade) && !canonical.has(trade)) return {};
    name = trade;
    reasons.push('国际 in front cut');
  }
  if (isNamedProgram(name)) return {}; // 长江经济带产业链: the strategy, not a sector
  // 数字化, 建强智能化: a process a sector goes through (石化 is a sector: 化 alone after one
  // character); 科技人才: people; 中试基地, 研发中心: a facility, not a sector.
  if (!terms.has(name) && !canonical.has(name) && /(..化|人才|基地|中心|平台)$/.test(name))
    return {};
  const verb = VERB_PREFIX.exec(name)?.[0];
  if (verb && !terms.has(name) && !canonical.has(name)) {
    name = name.slice(verb.length);
    // 规范化生物医药: the verb made a word with 化 (规范化, 优化), which goes with it when a known
    // sector is left (lthings54-l); 化工 after a verb stays.
    const rest = name.slice(1);
    if (name[0] === '化' && (terms.has(rest) || canonical.has(rest))) name = rest;
    reasons.push('verb in front cut');
  }
  const after = afterVerb(name);
  if (after) {
    name = after;
    reasons.push('verb in front cut');
  }
  // 特别是在汽车, 第三大汽车, 部分制造业: a scope or an ordinal in front; the rest must be a sector.
  const scope = SCOPE.exec(name)?.[0];
  if (scope) {
    const rest = name.slice(scope.length);
    if (!terms.has(rest) && !canonical.has(rest)) return {};
    name = rest;
    reasons.push('scope in front cut');
  }
  // 运输大变局下航运, 运河沿线文旅: a circumstance (…局下) or a route (…沿线) in front.
  const setting = /^\p{Script=Han}{1,8}?(?:[局景势]下|沿线)(?=\p{Script=Han}{2})/u.exec(name)?.[0];
  if (setting && !terms.has(name) && !canonical.has(name)) {
    name = name.slice(setting.length);
    reasons.push('setting in front cut');
  }
  // 新一代电子信息, 现代食品: a cluster's epithet of its generation or era before a sector names the
  // same sector (电子信息, 食品), not another one.
  const epithet = /^(新一代|现代)(?=\p{Script=Han}{2})/u.exec(name)?.[0];
  const bare = epithet && name.slice(epithet.length);
  if (bare && !terms.has(name) && !canonical.has(name)) {
    if (terms.has(bare) || canonical.has(bare) || isProduct(bare)) {
      name = bare;
      reasons.push('epithet in front cut');
    }
  }
  // 冬季文旅: a season in front of a known sector is when it works, the same sector (things36 and dups35
  // alike; 冬季文旅 beside 文化旅游 in cctv24z).
  const manner = /^(冬季|夏季|春季|秋季|四季)(?=\p{Script=Han}{2})/u.exec(name)?.[0];
  const plain = manner && name.slice(manner.length);
  if (plain && !isKnownSector(name) && isKnownSector(plain)) {
    name = canonical.get(plain) ?? plain;
    reasons.push('season in front cut');
  }
  // 绿色矿业 beside 矿业: how a known sector is run, the same one (things40; annotations drop it:
  // 绿色农产品加工 → 农产品加工业). A green sector the vocabulary knows (绿色建筑材料) stays.
  const run = /^绿色(\p{Script=Han}{2,})$/u.exec(name)?.[1];
  if (run && !isKnownSector(name) && isKnownSector(run)) {
    name = canonical.get(run) ?? run;
    reasons.push('绿色 in front cut');
  }
  const here = HERE.exec(name)?.[0];
  if (here && name.length - here.length >= 2) {
    name = name.slice(here.length);
    reasons.push('place in front cut');
  }
  const rest =
    terms.has(name) || canonical.has(name)
      ? undefined
      : (afterCountry(name) ?? afterShortCountry(name) ?? afterInnerPlace(name));
  if (rest !== undefined) {
    if (!terms.has(rest) && !canonical.has(rest)) return {};
    name = rest;
    reasons.push('place in front cut');
  }
  const region = REGION.exec(name)?.[0];
  // 京津冀 alone, 某某市 alone: a place, not a sector.
  if ((region === name || districtInfo(name)) && !terms.has(name)) return {};
  if (region && name.length > region.length + 1 && !terms.has(name)) {
    name = name.slice(region.length);
    reasons.push('place in front cut');
  } else if (!terms.has(name) && !canonical.has(name) && startsWithPlace(name)) {
    const rest = withoutPlace(name);
    if (rest) {
      name = rest;
      reasons.push('place in front cut');
    }
  }
  // 辽宁沈阳中德产业园: a pair of countries closing the phrase names whose park, not a sector.
  if ((REGION.exec(name)?.[0] === name || /中[德美欧非俄法英日韩]$/.test(name)) && !terms.has(name))
    return {};
  // 川渝两地汽车: 两地 shows once the region is cut.
  const hereAgain = HERE.exec(name)?.[0];
  if (hereAgain && name.length - hereAgain.length >= 2 && !terms.has(name)) {
    name = name.slice(hereAgain.length);
    const known = canonical.get(name);
    if (known) name = known;
    reasons.push('place in front cut');
  }
  if (name.length < 2 || NOT_A_SECTOR.has(name) || QUALITY_ONLY.test(name)) return {};
  if (QUALITIES.test(name) && !terms.has(name)) return {};
  // 临海蓝色: a place and a quality word, a fragment of a longer phrase.
  const leading = tag(name)[0];
  if (leading?.tag === 'ns' && QUALITY_ONLY.test(name.slice(leading.word.length))) return {};
  // A lone verb (谋划, 推进) is no sector.
  const tokens = tag(name);
  if (tokens.length === 1 && tokens[0]!.tag.startsWith('v') && !terms.has(name)) return {};
  // 时期, 这一, 小时: a time, a pronoun, a measure word or a direction is no sector.
  if (tokens.length === 1 && /^(t|r|m|q|f|p|c|d|u)/.test(tokens[0]!.tag)) return {};
  // 服务专班为产业链…: a phrase ending in a preposition or a conjunction is a clause's piece.
  if (
    ((tokens.length > 1 && /^(p|c|u)/.test(tokens.at(-1)!.tag)) ||
      /[为对向把被将从]$/.test(name)) &&
    !terms.has(name)
  )
    return {};
  // 人工智能三大先导, 自由贸易港全球: a count or 全球 closing the phrase, a fragment.
  if (/([一二三四五六七八九十两几]大\p{Script=Han}{0,3}|全球)$/u.test(name)) return {};
  // 汽车消费, 餐饮消费, 电影消费: spending on a thing is demand, not a sector (旅游消费 is in the
  // vocabulary); 消费新热点: a trend.
  if (/消费$|^消费/.test(name) && !terms.has(name) && !canonical.has(name)) return {};
  // 汽车行业, 钢铁行业: 行业 says it is a sector, as 产业 does (银行业 is a sector of its own);
  // 体育制造产业 (a list's first item after 以, ind59's probe pages) likewise names 体育制造, where
  // what is left makes or serves (制造, 加工, 服务) or is known; 盐湖产业 keeps its name (盐湖 is
  // a place's kind alone).
  const kindWord = /(行业|产业)$/.exec(name)?.[1];
  const left = name.slice(0, -2);
  const trade =
    kindWord === '行业' || isKnownSector(left) || /(制造|加工|服务|制品|用品)$/.test(left);
  if (kindWord && trade && name.length >= 4 && !terms.has(name) && !canonical.has(name)) {
    name = name.slice(0, -2);
    reasons.push(`${kindWord} cut`);
  }
  // 茶叶生产 beside 茶叶: making a product is its sector (安全生产 is no product's).
  const made = /^(\p{Script=Han}{2,4})生产$/u.exec(name)?.[1];
  if (made && !terms.has(name) && (terms.has(made) || canonical.has(made) || isProduct(made))) {
    name = made;
    reasons.push('生产 cut');
  }
  if (NOT_ONE_SECTOR.test(name) && !terms.has(name) && !canonical.has(name)) return {};
  const known = canonical.get(name);
  if (known && known !== name) {
    name = known;
    reasons.push('sector vocabulary');
  }
  return { name, reason: reasons.length ? reasons.join('; ') : undefined };
}

/** Whether the vocabulary knows a sector by this name (sector-pairs.ts; sector-vocabulary.ts). */
export { isKnownSector };
/** A quality or a word that is no sector alone (sector-pairs.ts). */
export const isNoSectorAlone = (s: string): boolean => QUALITY_ONLY.test(s) || NOT_A_SECTOR.has(s);

/** One common noun that is a good (茶叶, 家具), not a quality or a goal (安全). */
function isProduct(word: string): boolean {
  const t = tag(word);
  return t.length === 1 && t[0]!.tag === 'n' && !NOT_A_SECTOR.has(word);
}
