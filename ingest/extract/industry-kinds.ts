/**
 * Things a sector's name may be printed for that are no trade (things39, issue 13, on fresh
 * 新闻联播 days and the unseen-news notes): goods counted in a market's stock, a group of
 * products named by who uses them, and one technique of a sector's technology.
 */
import type { Mention } from './mentions.ts';

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
  if (!/^[、和及与]/.test(text.slice(m.end)) && !/[、和及与]$/.test(text.slice(0, m.start)))
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

/** Whether the mention, printed as a sector, names goods, a product group or a technique. */
export function namesNoTrade(text: string, m: Mention): boolean {
  return FOR_WHOM.test(m.name) || STORAGE_KIND.test(m.name) || goodsInStock(text, m);
}
