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
import { LEGAL_FORMS, LEGAL_FORM_OPENINGS, longest, opening } from './firm-words.ts';

/** A legal form's opening word inside the phrase (某某公司智能装备, 某某集团新材料). */
const firmInside = (name: string) => LEGAL_FORM_OPENINGS.some((word) => name.includes(word));
/** A legal form right after the name (南岭啤酒有限公司): one pattern, never one built from a name. */
const FIRM_AFTER = opening(LEGAL_FORMS);
/** The longest legal form: how much text after the name FIRM_AFTER reads. */
const FIRM_AFTER_LENGTH = longest(LEGAL_FORMS);
const ZONE_AFTER = /^(产业)?功能区/;

/** Whether the sector `m` (its name, where its printed form ends) is one firm's or one zone's. */
export function namesOwnLine(
  text: string,
  m: { name: string; end: number },
  known: readonly string[],
): boolean {
  if (firmInside(m.name)) return true;
  if (known.includes(m.name)) return false;
  // 数据产业集聚区 keeps its sector: only 功能区, and only after more than a known sector's words.
  const glued = known.some((k) => k.length >= 2 && m.name.length > k.length && m.name.includes(k));
  if (glued && ZONE_AFTER.test(text.slice(m.end))) return true;
  const first = tag(m.name)[0];
  if (!first || first.word === m.name || !/^(ns|nr|nz)/.test(first.tag)) return false;
  return printedAsFirm(text, m.name);
}

/**
 * Whether `name` is printed somewhere in `text` right before a legal form. The name is found as
 * text (indexOf), not read as a pattern: a name with C++ or a bracket in it is no regular expression.
 */
function printedAsFirm(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = at + name.length;
    if (FIRM_AFTER.test(text.slice(after, after + FIRM_AFTER_LENGTH))) return true;
  }
  return false;
}
