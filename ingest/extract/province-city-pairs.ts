/**
 * 甘肃兰州, 湖南株洲: a province's short form glued to the short form of one of its cities names
 * both (issue 13). The segmenter may read the pair as one word (甘肃兰州/ns), so neither short
 * form is a word of its own there; the pair, a whole word, is the two places. General knowledge
 * only: the gazetteer's parent of the city is the province printed before it.
 */
import type { DistrictEntry } from '../gazetteer/index.ts';

/** Look-ups places.ts lends: a district by name or short form, and whether a span is one word. */
export interface PairReaders {
  byName(name: string): DistrictEntry | undefined;
  wholeWord(text: string, start: number, end: number): boolean;
}

/** Whether the short form `surface` at `start` is one half of a province–city pair. */
export function inProvinceCityPair(
  text: string,
  start: number,
  surface: string,
  d: DistrictEntry,
  read: PairReaders,
): boolean {
  const end = start + surface.length;
  if (d.level === 'province')
    for (let len = 2; len <= 4; len++) {
      const city = read.byName(text.slice(end, end + len));
      if (
        city?.level === 'city' &&
        city.parent === d.name &&
        city.name !== text.slice(end, end + len)
      )
        if (read.wholeWord(text, start, end + len)) return true;
    }
  if (d.level === 'city' && d.parent)
    for (let len = 2; len <= 3 && len <= start; len++) {
      const province = read.byName(text.slice(start - len, start));
      if (province?.level === 'province' && province.name === d.parent)
        if (read.wholeWord(text, start - len, end)) return true;
    }
  return false;
}
