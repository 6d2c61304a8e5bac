/**
 * A place read as a name by sight (在某某以南, 赴某某访问, 某某地区, 位于甲、乙和丙): the words around
 * a finding that only a place takes. Split from false-names.ts (one concern per file).
 */
import { isForeignPlace } from './transliterations.ts';
import type { Found } from './story-names.ts';

/** Verbs that put a place after them, not a person (赴某地访问, 位于某地). */
const PLACE_BEFORE = /(赴|前往|抵达|飞抵|位于|途经)$/;
/**
 * Words that put a place before them (某某地区, 某某以南, 某某河); a memorial, a former residence
 * or a military base named after a person (某某纪念馆, 某某故居, 某某·某某空军基地) is a place too,
 * its name no mention of the person. people58: a memorial park or stone and a mausoleum (某某纪念园,
 * 瞻仰某某陵), a republic of a federation (俄罗斯某某共和国), and 旁 (beside: 从最北端的某某林旁;
 * a person is beside through 身旁; not 旁听, 旁观, 旁白).
 */
const PLACE_AFTER =
  /^(公园|花园|广场|景区|水电站|地区|以南|以北|以东|以西|附近|一带|方向|境内|上空|领空|郊区|城区|港口|机场|国际机场|河畔|河|港|州|省|郡|大区|”?号|高铁|铁路|大桥|储气库|纪念馆|纪念堂|故居|旧居|陵园|(海军|空军|陆军|军事|航空)?基地|纪念园|纪念碑|陵(?!园)|共和国|旁(?![听观白]))/;

/**
 * 某某国家政治学院, 某某研究院, 某某图书馆: an institution named after a person, its name no mention
 * of the person (as a memorial's); 甲至某某段: the end of a road's or a railway's section.
 */
const INSTITUTION_AFTER = /^(国家)?(政治|行政)?(学院|研究院)|^(图书馆|博物馆|基金会)/;
const SECTION_END = (text: string, f: Found) =>
  (/[至到]/.test(text[f.start - 1] ?? '') && /^(段|区间)/.test(text.slice(f.end, f.end + 2))) ||
  // 杭台高铁温玉段: a section named after a line (高铁, 铁路, 公路) is the line's, no person (things48-a).
  (f.name.endsWith('段') &&
    /(高铁|铁路|公路|高速|城际|干线)$/.test(text.slice(Math.max(0, f.start - 3), f.start)));
/**
 * 受灾严重的某林水村, 赶到某林水村: four characters by sight ending in 村 or 屯 after 的 or a verb of
 * arriving are a village, no person (things48-a). Elsewhere they may be a Tibetan name (某桑江村).
 */
const VILLAGE = (text: string, f: Found) =>
  f.name.length === 4 &&
  /[村屯]$/.test(f.name) &&
  /(的|到|到达|抵达|来到|走进|进入)$/.test(text.slice(Math.max(0, f.start - 2), f.start));

/**
 * 在建段某某某山隧道, 某某某河大桥: a name by sight running into the name of a mountain or river
 * that names a tunnel or a bridge is part of that name, no person.
 */
const WORK_AFTER = /^\p{Script=Han}?[山岭河江峡](隧道|特大桥|大桥)/u;

/** 在某地会见, 在某地举行: after 在 and before these verbs stands the place of the event. */
const EVENT_AFTER = /^(会见|会晤|会谈|举行|举办|召开|出席|签署|访问|考察)/;

/** 在某某以南, 赴某某访问, 某某地区, 在某地会见, 最高某某: a place (or a body) read by sight. */
export function placeBySight(text: string, f: Found): boolean {
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start)) ||
    PLACE_AFTER.test(text.slice(f.end, f.end + 4)) ||
    INSTITUTION_AFTER.test(text.slice(f.end, f.end + 6)) ||
    SECTION_END(text, f) ||
    WORK_AFTER.test(text.slice(f.end, f.end + 5)) ||
    VILLAGE(text, f) ||
    (text[f.start - 1] === '在' && EVENT_AFTER.test(text.slice(f.end, f.end + 2))) ||
    // 最高拉达, 最高苏维埃: a run of sounds after 最高 (supreme) is a body, no person.
    text.slice(Math.max(0, f.start - 2), f.start) === '最高' ||
    // 某某州某某发生: a foreign name right after a state or province is a town in it; so is a
    // name right after a county (某某县某某村, people34).
    /[州省县]/.test(text[f.start - 1] ?? '') ||
    listedWithPlace(text, f) ||
    LISTED_THINGS.test(text.slice(f.end, f.end + 40))
  );
}

/**
 * 甲、乙、丙等特大型水电站: a list closed by 等 and a word for works, sites or firms names those,
 * its items no persons.
 */
const LISTED_THINGS =
  /^(?:[、和及]\p{Script=Han}{2,6}){0,6}等[^，。；：、]{0,6}?(水电站|电站|水库|大坝|景区|机场|港口|码头|工程|项目|基地|企业|品牌)/u;

/** How many list items around a name are read for a place (位于甲、乙、丙和丁). */
const MAX_ITEMS = 6;

/**
 * 位于首都甲、乙、丙和丁, 在甲和乙筹备: an item of a list (、 和) next to a foreign place of
 * the tables is a place too; so is one in a list opened by 位于/赴/前往/抵达.
 */
function listedWithPlace(text: string, f: Found): boolean {
  let at = f.start;
  for (let n = 0; n < MAX_ITEMS && /[、和]/.test(text[at - 1] ?? ''); n++) {
    const item = /\p{Script=Han}{2,6}$/u.exec(text.slice(Math.max(0, at - 7), at - 1))?.[0] ?? '';
    if (!item) break;
    if (isForeignPlace(item) || isForeignPlace(item.slice(-3)) || isForeignPlace(item.slice(-2)))
      return true;
    at -= item.length + 1;
  }
  if (/(位于|赴|前往|抵达)(首都)?$/.test(text.slice(Math.max(0, at - 4), at)) && at < f.start)
    return true;
  // 甲、乙等: the next item whole (与某国总统 opens a clause, not a list of places).
  const next = /^[、和](\p{Script=Han}{2,4})(?=[、和等，。；])/u.exec(
    text.slice(f.end, f.end + 6),
  )?.[1];
  return !!next && (isForeignPlace(next) || isForeignPlace(next.slice(0, 3)));
}
