/**
 * A place name read inside another name (things21, issue 13): the blind annotators count none of
 * these as a mention of the district.
 * - 河北区位优势: a province followed by 区位/区域/区间/区块 is that province and a word, not the
 *   county-level 河北区.
 * - 内蒙古大兴安岭, 西宁的南川工业园区: a short form printed right after another province or city
 *   (or after it and 的, before a park's word) names something of that place — a mountain range,
 *   a park — not the district of another province that shares the short form.
 * - 阿克苏诺贝尔公司: a short form opening a company's name (a few characters, then 公司) is part of
 *   that name.
 */
import type { DistrictEntry } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { GLUED_NOUN, WORD_BEFORE } from './frequency-thresholds.ts';

/** 区 of a full name that starts a word with the next character (区位, 区域…). */
function districtWordAfter(text: string, end: number, surface: string): boolean {
  return surface.endsWith('区') && /[位域间块划]/.test(text[end] ?? '');
}

const PARK_WORD = /^\p{Script=Han}{0,2}(工业园|产业园|园区|开发区|经开区|高新区|科技园)/u;
const COMPANY = /^\p{Script=Han}{1,5}公司/u;

/**
 * Whether the district name at `start` is read inside another name: a full name running into a
 * word (区位), or a short form belonging to another place printed before it or opening a
 * company's name. `lookup` finds a district by any of its names.
 */
export function insideOtherName(
  text: string,
  start: number,
  surface: string,
  d: DistrictEntry,
  lookup: (name: string) => DistrictEntry | undefined,
): boolean {
  if (surface === d.name) return districtWordAfter(text, start + surface.length, surface);
  const rest = text.slice(start + surface.length, start + surface.length + 12);
  if (COMPANY.test(rest)) return true;
  if (!d.parent) return false; // a county of a shared name: the text does not say whose
  const ancestors = new Set<string>();
  for (let p: string | undefined = d.parent; p && !ancestors.has(p); p = lookup(p)?.parent)
    ancestors.add(p);
  // Glued (内蒙古大兴安岭), or with 的 before a park's word (西宁的南川工业园区).
  const end = text[start - 1] === '的' && PARK_WORD.test(rest) ? start - 1 : start;
  for (let from = Math.max(0, end - 4); from < end - 1; from++) {
    const p = lookup(text.slice(from, end));
    if (!p || (p.level !== 'province' && p.level !== 'city')) continue;
    // Its own province or city, or a sibling joined to it (宁波舟山: two cities of one province).
    return !(
      p.name === d.name ||
      ancestors.has(p.name) ||
      p.parent === d.name ||
      p.parent === d.parent
    );
  }
  return false;
}

/**
 * 浙西南山区 is the mountains of south-west Zhejiang, not 南山区: a name whose first character
 * ends a compass word with the one before (西南, 东北) and whose rest is a common word (山区).
 */
export function insideCompassWord(text: string, start: number, surface: string): boolean {
  return (
    /^(东南|西南|东北|西北)$/.test(text.slice(start - 1, start + 1)) &&
    isCommonWord(surface.slice(1))
  );
}

/**
 * 黄河源区 is no 河源: a short form whose first character ends a common noun glued before it
 * (黄河, a river; 长江…) is inside that word, which the segmenter split wrongly (things34, junk in
 * the cctv24y annotation). Only frequent nouns count, so a preposition or a place's last
 * character before the short form (在万州, 重庆万州) leaves it.
 */
export function startsInsideNoun(text: string, start: number): boolean {
  const word = text.slice(start - 1, start + 1);
  if (start < 1 || !/^\p{Script=Han}{2}$/u.test(word) || dictionaryFrequency(word) < GLUED_NOUN)
    return false;
  // 途经济南: the character before already closes a word with the one before it (途经), so 经济
  // is not read there.
  if (start >= 2 && dictionaryFrequency(text.slice(start - 2, start)) >= WORD_BEFORE) return false;
  const t = tag(word);
  return t.length === 1 && /^n/.test(t[0]!.tag) && !/^nr/.test(t[0]!.tag);
}
