/**
 * A district's short form that names something else where it stands (things36, issue 13: a district
 * read inside another word, junk in the cctv25r, cctv23y and cctv22x annotations):
 *
 * - before 腹地, 深处, 山区 (大兴安岭腹地): the landform the prefecture is named after;
 * - an item of a list between two items that are no places, one of them opening with the same
 *   character (石地、石柱、石头墙): a thing of the same kind as its neighbours, a common noun there.
 */
import { LIST_JOINT } from '../text/function-words.ts';
import { gazetteer, type DistrictEntry } from '../gazetteer/index.ts';

/** Words after a name that make it a landform's (the heart, the depths, the hills of a range). */
const LANDFORM_AFTER = /^(腹地|深处|山区|林区|山脉|山麓|[东南西北]麓)/;
/** What parts a list's items, or ends the clause they stand in. */
const PAUSE = /[、，。；：！？\n]/;

export function otherSense(
  text: string,
  start: number,
  surface: string,
  d: DistrictEntry,
  /** Whether a text holds a place's name or short form anywhere. */
  hasPlace: (text: string) => boolean,
): boolean {
  if (surface === d.name) return false;
  const end = start + surface.length;
  if (LANDFORM_AFTER.test(text.slice(end, end + 3))) return true;
  const before = text[start - 1] === '、' ? itemBefore(text, start - 1) : undefined;
  const after = text[end] === '、' ? itemAfter(text, end + 1) : undefined;
  // Both neighbours, no places, one of them opening with the same character (石地、石柱、石头墙:
  // things of stone): a list of 厦门、金门 or 准东、喀什 names places the gazetteer may not know.
  if (before === undefined || after === undefined) return false;
  if (![before, after].some((item) => item[0] === surface[0])) return false;
  return !hasPlace(before) && !hasPlace(after);
}

/** The list item that ends at `end` (up to 8 characters back to a pause). */
function itemBefore(text: string, end: number): string {
  let i = end - 1;
  while (i >= Math.max(0, end - 8) && !PAUSE.test(text[i]!)) i--;
  return text.slice(i + 1, end);
}

/** The list item that starts at `start`, up to a pause, 等 or a conjunction. */
function itemAfter(text: string, start: number): string {
  let i = start;
  while (
    i < Math.min(text.length, start + 8) &&
    !PAUSE.test(text[i]!) &&
    !LIST_JOINT.test(text[i]!)
  )
    i++;
  return text.slice(start, i);
}

/**
 * 巴中 beside 巴西 (or 巴基斯坦) is that country and China, a pair the news shortens the way it
 * writes 中美 or 中巴: a two-character short form of a country's first character and 中.
 */
export function countryPair(text: string, surface: string): boolean {
  if (surface.length !== 2 || !surface.includes('中')) return false;
  const other = surface[0] === '中' ? surface[1]! : surface[0]!;
  for (const c of gazetteer().countries)
    if (c.length > 1 && c[0] === other && text.includes(c)) return true;
  return false;
}
