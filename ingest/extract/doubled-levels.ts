/**
 * An area's level word printed twice (issue 13): local papers write 南湖区区委副书记, 三门峡市市委,
 * the level word once closing the area's name (南湖区, 三门峡市) and once opening its body (区委,
 * 市委). The body is the area's own, so the second level word belongs to the body and the area ends
 * before it. One reading for the two depths that meet it: the area a chain of titles is about
 * (posts.ts, 南湖区区委副书记、区长 → 南湖区区长, not 南湖区区区长: blocal-h) and the one name of an
 * area's body on a post's label (resolve/government-forms.ts, 三门峡市市委 → 三门峡市委).
 */
import { CITY_TO_COUNTY, PROVINCE_TO_COUNTY, TOWNSHIPS } from '../text/level-words.ts';

/** Level words that close an area's name and open its body again (某区 + 区委, 某镇 + 镇政府). */
export const LEVEL_WORDS = PROVINCE_TO_COUNTY + TOWNSHIPS;
/**
 * The level words a post's label is written once for (resolve/government-forms.ts): 市, 县, 区,
 * the levels the annotations name bodies of (orgs44); a province's or town's body printed twice
 * keeps its label as printed (widening this would change labels nobody has judged).
 */
export const LABEL_LEVEL_WORDS = CITY_TO_COUNTY;

/**
 * Where the body starts after an area whose name ends at `end`: one character on when the level
 * word closing the name (of `levels`) is printed again there (南湖区|区|委), else at `end`.
 */
export function bodyAfterArea(org: string, end: number, levels: string): number {
  const level = org[end - 1];
  return level !== undefined && levels.includes(level) && org[end] === level ? end + 1 : end;
}

/** The bodies a chain's area is read before: 党委, 党工委, 委 (区委), 政府, 人大, 政协, or the end. */
const CHAIN_BODY = /^(?:党委|党工委|委|政府|人大|政协|$)/;
const LINE_END = /[\n\r\u2028\u2029]/;
const HAN = /^\p{Script=Han}$/u;

/**
 * The area a chain of titles is about, before its party committee or government: 永川区委…,
 * 某某镇党委…, 南湖区区委… (the level word printed twice: the area is 南湖区, not 南湖区区). The
 * shortest name of one to eight characters and its level (or 自治县, 街道) that a body follows.
 */
export function chainArea(org: string): string | undefined {
  for (let n = 1; n <= 8 && n < org.length; n++) {
    if (LINE_END.test(org[n - 1]!)) return undefined;
    let end: number | undefined;
    if (org.startsWith('自治县', n)) end = n + 3;
    else if (org.startsWith('街道', n)) end = n + 2;
    else if (LEVEL_WORDS.includes(org[n]!)) end = n + 1;
    if (end === undefined) continue;
    const body = end === n + 1 ? bodyAfterArea(org, end, LEVEL_WORDS) : end;
    if (CHAIN_BODY.test(org.slice(body))) return org.slice(0, end);
  }
  return undefined;
}

/**
 * The first area of two or more Han characters whose level word (of `levels`) is printed twice
 * (三门峡市|市委 → 三门峡市, the body from 委 on); an organisation printed otherwise has none.
 */
export function doubledLevelArea(
  org: string,
  levels: string,
): { area: string; body: number } | undefined {
  let han = 0;
  for (let i = 0; i < org.length;) {
    if (han >= 2 && bodyAfterArea(org, i + 1, levels) === i + 2)
      return { area: org.slice(0, i + 1), body: i + 2 };
    const c = String.fromCodePoint(org.codePointAt(i)!);
    if (!HAN.test(c)) return undefined;
    han++;
    i += c.length;
  }
  return undefined;
}
