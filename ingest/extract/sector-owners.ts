/**
 * Sectors printed as one owner's: a firm's line or a zone's name, no trade of a place (issue 13,
 * lthings52-l; kinds of junk the independent local sets showed):
 * - 某某公司智能装备产业园, 某某集团新材料: a company named inside the phrase makes it that
 *   firm's line of business or its base;
 * - 北岭啤酒产业链项目 beside 北岭啤酒有限公司: a proper name and a product, printed as a company's
 *   name too, is the firm's brand (its 产业链 a project), no sector;
 * - 青山湖文化创意旅游功能区: a known sector with more words glued on, before 功能区, names a zone.
 */
import { tag } from '../text/segmenter.ts';

const FIRM = /(公司|集团|有限|股份)/;
const FIRM_AFTER = '(?:有限责任公司|股份有限公司|有限公司|股份公司|公司|集团)';
const ZONE_AFTER = /^(产业)?功能区/;

/** Whether the sector `m` (its name, where its printed form ends) is one firm's or one zone's. */
export function namesOwnLine(
  text: string,
  m: { name: string; end: number },
  known: readonly string[],
): boolean {
  if (FIRM.test(m.name)) return true;
  if (known.includes(m.name)) return false;
  // 数据产业集聚区 keeps its sector: only 功能区, and only after more than a known sector's words.
  const glued = known.some((k) => k.length >= 2 && m.name.length > k.length && m.name.includes(k));
  if (glued && ZONE_AFTER.test(text.slice(m.end))) return true;
  const first = tag(m.name)[0];
  if (!first || first.word === m.name || !/^(ns|nr|nz)/.test(first.tag)) return false;
  return new RegExp(`${m.name}${FIRM_AFTER}`).test(text);
}
