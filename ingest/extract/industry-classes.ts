/**
 * Sector words printed for what is no one sector (indu44, issue 13, on fresh 新闻联播 days): a
 * class said of a sector as its predicate, and a technology's industrial use.
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

/** Whether the mention is a class said of a sector or a technology in industrial use. */
export const namesNoSector = (text: string, m: Mention): boolean =>
  classOfSector(text, m) || industrialUse(text, m);
