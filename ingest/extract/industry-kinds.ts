/**
 * Things a sector's name may be printed for that are no trade (things39, issue 13, on fresh
 * 新闻联播 days and the unseen-news notes): goods counted in a market's stock, a group of
 * products named by who uses them, and one technique of a sector's technology.
 */
import type { Mention } from './mentions.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { ENDS_WITH_JOINT, OPENS_WITH_JOINT } from '../text/function-words.ts';
import { isKnownSector } from '../resolve/industries.ts';
import { namesNoSector } from './industry-classes.ts';

const terms = new Set(gazetteer().industries);

/**
 * 批发市场粮油、肉类、禽蛋、蔬菜库存充足: a list of goods whose clause goes on to their stock,
 * supply or price speaks of what is sold, not of the trades that make it (粮油 and 肉类 are
 * gazetteer sectors, 禽蛋 and 蔬菜 not: the list is of foodstuffs on the shelves).
 */
const GOODS_STATE =
  /^[^，。；：！？\n,;:!?]{0,24}?(库存|储备|货源|供应(?!链)|供给|价格|零售价|批发价)/;
/** A sector word ends the list: then its items are sectors after all (粮油、肉类等产业供应链). */
const SECTOR_WORD = /产业|行业|领域|企业/;

function goodsInStock(text: string, m: Mention): boolean {
  // 北斗产业链和供应链: printed with its sector word, the item is a sector (cctv24z keeps it).
  if (SECTOR_WORD.test(m.surface)) return false;
  // A list's joint right after the item or right before it: the item is one of a list.
  if (!OPENS_WITH_JOINT.test(text.slice(m.end)) && !ENDS_WITH_JOINT.test(text.slice(0, m.start)))
    return false;
  const clause = /^[^，。；：！？\n,;:!?]{0,40}/.exec(text.slice(m.end))![0];
  return GOODS_STATE.test(clause) && !SECTOR_WORD.test(clause);
}

/**
 * 儿童用药, 老年用品: goods named by the people they are for (用药, 用品: what a group uses) are a
 * product group inside the drug or consumer-goods trade, no sector of their own.
 */
const FOR_WHOM = /^(儿童|婴幼儿|孕产妇|妇女|妇幼|老年|老年人|学生|残疾人)(用药|用品|药品)$/;

/**
 * 机械储能, 电化学储能, 智慧储能: a technique or a manner of storing energy is a kind of the one
 * storage sector the annotations keep (储能, 新型储能; 智慧储能 is junk in the cctv24y annotation),
 * not a sector beside it. 新能源储能 is a printed form of that sector (industry-canonical.txt).
 */
const STORAGE_KIND = /^(?!新型|新能源).{1,4}储能$/;

/**
 * 在高端AI芯片、光电子等领域启动攻关项目, 聚焦核心种源、关键农机装备等领域加强科技创新: in a list
 * of fields closed by 领域 whose clause goes on to research (攻关, 科技创新, 研发), an item graded
 * key or high-end (关键, 核心, 高端) names the goods to be developed — a chip grade, key
 * equipment — not a trade (junk in things42-a, issue 13). The other items stay sectors, as the
 * annotations keep them (集成电路、智能成套装备等领域实施研发项目: cctv24y; 生物制造: cctv23y), and
 * so does a graded sector the vocabulary knows (高端装备).
 */
const RESEARCH_LIST =
  /^(?:[、和及与][^、，。；！？\n]{1,12}){0,8}等?[^，。；、！？\n]{0,6}领域([^。；！？\n]{0,30})/;
const GRADED = /^(关键|核心|高端|尖端)/;
const RESEARCH = /攻关|科技创新|技术创新|研发|科研|技术突破|关键核心技术/;

function researchField(text: string, m: Mention): boolean {
  if (!GRADED.test(m.name) || isKnownSector(m.name) || /产业|行业/.test(m.surface)) return false;
  const list = RESEARCH_LIST.exec(text.slice(m.end, m.end + 120));
  return !!list && RESEARCH.test(list[1]!);
}

/**
 * 针对联盟产业特点: an alliance, an association or a firm before 产业 owns the industries it
 * speaks of, it is none of them (things42-a: 乡村产业发展联盟 … 联盟产业).
 */
const OWNER = /(联盟|协会|商会|集团|公司|合作社|委员会)$/;

/** The block of a zone after 产业: 核心区, 发展区, 功能区, 承载区. */
const ZONE_BLOCK = /^(核心区|发展区|功能区|承载区|集中区)/;

/** The rest of a park's whole name after its short form: more words, then the park's word. */
const PARK_REST = /\p{Script=Han}{2,12}?(?:产业园|工业园|园区)/uy;

/**
 * 清徐产业园 after 清徐精细化工循环产业园: the short form of a park printed whole in the story;
 * what stands before 产业园 is the park's name, no sector (things42-a).
 */
function parkShortForm(text: string, m: Mention): boolean {
  // 分为中德科创产业核心区、高新技术产业发展区: a block of a zone named by what it hosts; 科创 is
  // the block's name, no sector (lthings56; a known sector, 汽车产业核心区, stays one).
  if (m.surface.endsWith('产业') && ZONE_BLOCK.test(text.slice(m.end)) && !terms.has(m.name))
    return true;
  if (!m.surface.endsWith('产业') || !/^园/.test(text.slice(m.end)) || terms.has(m.name))
    return false;
  // The name is found as text (indexOf), the park's rest read by one pattern: none is built per name.
  for (let at = text.indexOf(m.name); at >= 0; at = text.indexOf(m.name, at + 1)) {
    PARK_REST.lastIndex = at + m.name.length;
    if (PARK_REST.test(text)) return true;
  }
  return false;
}

/**
 * 深化经贸投资、环保等领域务实合作: environmental protection is a public duty, a field of work
 * between governments; it is a trade where 产业, 行业 or 企业 says so (环保产业; things42-a).
 */
function publicDuty(text: string, m: Mention): boolean {
  if (!/^(环保|环境保护)$/.test(m.name) || /产业|行业|企业/.test(m.surface)) return false;
  const clause = /^[^，。；：！？\n]{0,30}/.exec(text.slice(m.end))![0];
  return !/产业|行业|企业/.test(clause);
}

/**
 * 现场多辆汽车、摩托车发生碰撞: vehicles or machines counted by their measure word (辆, 台, 架, 艘)
 * before a list of them are things on the spot, not the trades that make them (things48-a).
 */
const COUNTED =
  /(?:[0-9一二三四五六七八九十两几数多]|若干)(?:辆|台|架|艘)(?:[^，。；：！？\n、]{1,8}[、和及与])*$/;

function countedGoods(text: string, m: Mention): boolean {
  if (/产业|行业|企业/.test(m.surface)) return false;
  const before = /[^，。；：！？\n]{0,30}$/.exec(text.slice(0, m.start))![0];
  return COUNTED.test(before);
}

/** Whether the mention, printed as a sector, names goods, a product group or a technique. */
export function namesNoTrade(text: string, m: Mention): boolean {
  return (
    FOR_WHOM.test(m.name) ||
    STORAGE_KIND.test(m.name) ||
    OWNER.test(m.name) ||
    goodsInStock(text, m) ||
    researchField(text, m) ||
    parkShortForm(text, m) ||
    publicDuty(text, m) ||
    countedGoods(text, m) ||
    namesNoSector(text, m) // a class said of a sector, a technology's use (industry-classes.ts)
  );
}
