/**
 * Sector words printed for what is no one sector (indu44, issue 13, on fresh 新闻联播 days): a
 * class said of a sector as its predicate, a technology's industrial use, and a way of growing.
 */
import type { Mention } from './mentions.ts';
import { isKnownSector } from '../resolve/industries.ts';

/**
 * 光电子信息产业是应用广泛的战略高技术产业: after "X产业是…(的)" the second 产业 phrase says what
 * kind of sector X is (a strategic high-tech one), it names no sector of its own. A sector the
 * vocabulary knows stays (新能源汽车产业是汽车产业的…: the motor trade is one).
 */
const SECTOR_IS = /(产业|行业|业)(?:也|都|就|正)?(?:是|属于|作为)[^，。；：！？\n]{0,14}$/;

function classOfSector(text: string, m: Mention): boolean {
  if (isKnownSector(m.name) || !/产业|行业/.test(m.surface)) return false;
  return SECTOR_IS.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/**
 * 察看激光技术产业应用展品: 产业应用 is a technology's use in industry (its exhibits, its cases), so
 * the technology before it names no sector. A known sector stays (人工智能产业应用: the sector).
 */
function industrialUse(text: string, m: Mention): boolean {
  if (isKnownSector(m.name) || !m.surface.endsWith('产业')) return false;
  return /^(?:化)?应用/.test(text.slice(m.end, m.end + 3));
}

/**
 * 推动绿色低碳转型, 走绿色低碳发展道路: a pair of qualities (绿色低碳 is in the vocabulary for
 * 培育壮大绿色低碳产业) names a sector only before 产业 or as an item of a list of sectors
 * (新材料、绿色低碳等领域); before 转型, 发展 or any other word, even inside a list (装备制造、绿色低碳
 * 转型等领域), it says how sectors grow, and the independent annotations junk it there (cctv25q).
 * 节能环保 is a trade, not such a pair.
 */
const QUALITY_PAIR = /^(?:绿色|低碳|零碳|循环|清洁)(?:绿色|低碳|零碳|循环|清洁)+$/;

function wayOfGrowing(text: string, m: Mention): boolean {
  if (!QUALITY_PAIR.test(m.name)) return false;
  const at = text.indexOf(m.name, m.start);
  if (at < 0) return false;
  const after = text.slice(at + m.name.length, at + m.name.length + 2);
  return !/^(产业|行业|等|、|和|与|及)/.test(after);
}

/** Whether the mention is a class said of a sector, a technology in use or a way of growing. */
export const namesNoSector = (text: string, m: Mention): boolean =>
  classOfSector(text, m) || industrialUse(text, m) || wayOfGrowing(text, m);
