/**
 * A city's short form glued to a one-character river or pass word names that river or pass, not
 * the city: 洛阳江流域 is a river in Fujian, far from Luoyang; 镇江关至某某关段 a pass in Sichuan,
 * far from Zhenjiang (blind annotations cctv25f, cctv24g: the city is junk there). The segmenter
 * reads the river word as a token of its own (江/nr) or glues the pass word to what follows
 * (关至/x); a longer word starting there is a place or a word of its own (重庆江北区, 武汉江滩,
 * 杭州关于…), and the city stays. Routes and lines named by the places they join (呼南通道,
 * 某某—某某铁路) print no place either.
 */
import { tag } from '../text/segmenter.ts';

/** lstrat63: a pavilion too (镇江阁 is a pavilion of 镇远, Guizhou, far from Zhenjiang). */
const FEATURE = /^[江河溪关阁亭]/;

/** The characters from `end` on name a river or a pass the short form before `end` is part of. */
export function namesRiverOrPass(text: string, end: number): boolean {
  if (!FEATURE.test(text[end] ?? '')) return false;
  const from = Math.max(0, end - 4);
  let pos = from;
  for (const t of tag(text.slice(from, end + 3))) {
    if (pos === end) {
      if (t.word.length === 1) return true;
      // 关至, 关段: an unknown word of the pass word and a word ending the pass's name (至, 段);
      // 关于, 关注 are words, and 云南关累港 a place of its own after the province.
      return /^关[至段到]/.test(t.word) && t.tag === 'x';
    }
    if (pos > end) return false;
    pos += t.word.length;
  }
  return false;
}

/**
 * 经拱北关区进出口: a customs district (关区) named after its customs house (拱北海关, printed in the
 * story), not the county-level district whose name ends it (北关区; orgpost20, cctv22x).
 */
export function insideCustomsArea(text: string, start: number, surface: string): boolean {
  if (!surface.endsWith('关区')) return false;
  for (const n of [1, 2]) {
    const before = text.slice(Math.max(0, start - n), start);
    if (before.length === n && text.includes(`${before}${surface.slice(0, -2)}海关`)) return true;
  }
  return false;
}

/**
 * 呼南通道 (the Hohhot–Nanning corridor): a route named by its two ends' initials ends in 通道, and a
 * short form read across it (南通 of 呼南通道) takes the route word's first character; its last
 * character and what follows are one route word, so no city is printed there (things42).
 */
const ROUTE_WORD = /^(通道|道路|线路|路线|铁路|公路)/;
export const endsInsideRouteWord = (text: string, end: number): boolean =>
  ROUTE_WORD.test(text.slice(end - 1, end + 1));

/**
 * 向着联通化、一体化的方向 (blocal-l): a short form ending in 化 (通化, 怀化) beside another item
 * ending in 化 in a list is the suffix of an -ization (联通化), no city.
 */
export const inListOfIzations = (text: string, start: number, surface: string) =>
  surface.endsWith('化') &&
  (/^、\p{Script=Han}{1,4}化/u.test(
    text.slice(start + surface.length, start + surface.length + 7),
  ) ||
    /化、$/u.test(text.slice(Math.max(0, start - 7), start)));

/**
 * 某某南—郑州特高压直流输电工程, 某某—某某铁路: the two ends of a line joined by a dash, printed
 * as the name of a transmission line, a railway, a pipeline or a route, name no place.
 */
const DASH = '[—－‐-]{1,2}';
const LINE_WORD = '(特高压|直流|交流|输电|输气|管道|铁路|高铁|高速|公路|航线|班列|运河)';
const LINE_AFTER_FIRST = new RegExp(
  `^[东南西北]?${DASH}\\p{Script=Han}{2,6}?[东南西北]?${LINE_WORD}`,
  'u',
);
const LINE_BEFORE_SECOND = new RegExp(`\\p{Script=Han}{2,6}[东南西北]?${DASH}$`, 'u');
const LINE_AFTER_SECOND = new RegExp(`^[东南西北]?${LINE_WORD}`);
export function endOfLine(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  if (LINE_AFTER_FIRST.test(after)) return true;
  return (
    LINE_BEFORE_SECOND.test(text.slice(Math.max(0, start - 9), start)) &&
    LINE_AFTER_SECOND.test(after)
  );
}
