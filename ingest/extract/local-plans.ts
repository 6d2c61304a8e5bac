/**
 * lstrat58 (issue 13): a county's, a city's or a province's own five-year plan, and its Party
 * committee's proposal for it, printed on local pages with the national plan's words after the
 * place (遂川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要, 《中共某县委关于制定全县
 * 国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》). The gazetteer reads the national
 * plan inside them; the place makes it another plan (the longer mention wins: outermost()).
 */
import { levelClass, COUNTY_AND_ABOVE } from '../text/level-words.ts';
import type { Mention } from './mentions.ts';
import { program } from './program-mention.ts';

const PERIOD = '国民经济和社会发展第[一二三四五六七八九十]+个五年规划';
const OUTLOOK = '(?:和(?:二〇|二零|20)三五年远景目标纲要|纲要)?';
/** The place runs from a pause, a quote or the verb that carries the plan out, to its level word. */
const LOCAL_PLAN = new RegExp(
  `(?<=^|[，。；：！？、\\s“”《（(]|根据|编制|实施|制定|落实|是)(\\p{Script=Han}{1,8}?${levelClass(COUNTY_AND_ABOVE)})(${PERIOD}${OUTLOOK})`,
  'gu',
);
const OPENER = /^\p{Script=Han}*?(?:制定|编制|实施|落实|根据)/u;
/** 全县, 我市, 各省区市, 本区: the place of the story or every place, no plan of its own named. */
const NO_PLACE = /^(全|我|本|各|该|省市|市县)/;
/** 《中共某县委关于制定…五年规划…的建议》: a local Party committee's proposal (not 中共中央's). */
const PROPOSAL = new RegExp(
  `《(中共\\p{Script=Han}{2,10}?${levelClass(COUNTY_AND_ABOVE)}委关于制定\\p{Script=Han}{0,4}${PERIOD}\\p{Script=Han}{0,20}?的建议)》`,
  'gu',
);

export function localPlans(text: string): Mention[] {
  if (!text.includes('五年规划')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(LOCAL_PLAN)) {
    // lstrat61: ，就制定某县国民经济…规划提出建议, 全会就制定…: the words up to the verb that carries
    // the plan out are read from the pause or the text's start on; the place starts after them.
    const opener = OPENER.exec(m[1]!)?.[0] ?? '';
    const place = m[1]!.slice(opener.length);
    if (!place || NO_PLACE.test(place)) continue;
    // Named by its place and period: the outlook's words (和二〇三五年远景目标纲要) may be printed
    // on the next line or left off, and it stays one plan.
    const p = program(
      place + m[2]!.replace(/(规划)\p{Script=Han}*$/u, '$1'),
      m[0].slice(opener.length),
      m.index + opener.length,
      '规划',
    );
    if (p) out.push(p);
  }
  for (const m of text.matchAll(PROPOSAL)) {
    const p = program(m[1]!, m[0], m.index, '建议');
    if (p) out.push(p);
  }
  return out;
}
