/**
 * lstrat62 (issue 13): a county's or a city's new town, new district or corridor, named and built,
 * is a strategy the place carries out with no programme word of the lexicon:
 * - a named new town built or planned (提升黄骅新城建设水平, 按照沣京新城总体规划): the town is
 *   built over years by a plan of its own;
 * - a named new district developed (成立滨河新区开发领导小组): 开发 only, as 某某新区建设 is also said
 *   of a state-level new area the gazetteer lists and of a park's works;
 * - a named corridor of innovation built (某某科创走廊建设): cities joined along a road for research;
 *   an economic corridor (中巴经济走廊) is a national one the gazetteer lists.
 * The name is the place's (two to four characters a pause, a conjunction or a verb opens); a kind
 * of town (生态新城, 科技新城, 产业新城) names no place and stays out.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { listedProgram } from './named-programs.ts';
import { districtInfo } from './places.ts';

const BUILT =
  /(新城)(建设|开发建设|总体规划)|(新区)(开发建设|开发)(?!区)|((?:科创|科技创新)走廊)(建设)/gu;
/** What opens the name: a pause or quote, a conjunction, a verb or a preposition carrying it. */
const OPEN =
  /(?:^|[，。；：、！？\s“”（）《》]|和|与|及|推进|加快|推动|提升|按照|依照|围绕|成立|启动|加速|高标准|在|对|抓好|深化)$/u;
/** A name never holds the word that opens it (和黄骅 is 和 and 黄骅; 全力推进新城 is no town). */
const OPENER =
  /^(?:和|与|及|在|对)|推进|加快|推动|提升|按照|依照|围绕|成立|启动|加速|抓好|深化|全力|着力|大力|积极|持续|做好|建设/u;
/** Kinds of town and words of the clause, not a place's name. */
const KIND =
  /^(?:生态|科技|智慧|现代|国际|产业|文化|数字|未来|绿色|创新|新型|城市|全市|全县|全区|各|这|该|一批|重点)|(?:城市|县城|市区|城区)/u;

export function newTowns(text: string): Mention[] {
  if (!/新城|新区|走廊/.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(BUILT)) {
    const kind = m[1] ?? m[3] ?? m[5]!;
    const work = m[2] ?? m[4] ?? m[6]!;
    const head = m[5] ? 4 : 2; // a corridor's name may hold a road's code (G60) and a region
    for (let n = head + 2; n >= 2; n--) {
      const from = m.index - n;
      const name = text.slice(Math.max(0, from), m.index);
      if (
        from < 0 ||
        !/^[\p{Script=Han}A-Z0-9]+$/u.test(name) ||
        KIND.test(name) ||
        OPENER.test(name)
      )
        continue;
      if (!OPEN.test(text.slice(Math.max(0, from - 3), from))) continue;
      // A town or an area the gazetteer lists (雄安新区) is read by its own name there; a district
      // named 新区 (天津's 滨海新区) stays the district its name is.
      if (listedProgram(name + kind) || listedProgram(name + kind + work)) break;
      if (
        [...name].some((_, i) => i <= name.length - 2 && districtInfo(name.slice(i) + kind, true))
      )
        break;
      out.push(mention(name + kind + work, name + kind + work, from, 'strategy'));
      break;
    }
  }
  return out;
}
