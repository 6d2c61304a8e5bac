/**
 * Artists, composers and thinkers named in a list with no title before any item (issue 11,
 * culture stories: 展出甲、乙、丙等印象派大师的画作, 演奏了甲、乙等作曲家的作品): a 、 list closed
 * by 等 and an occupation of the arts or of thought (with up to four characters of school or
 * period before it: 印象派大师) lists people of that occupation, foreign names whose sounds the
 * dictionary may even read as adverbs (莫奈/d). Places and countries are never so listed. The
 * list's first item is the segmenter's last word before the first 、. General rules of news
 * style; no names listed.
 */
import { tag } from '../text/segmenter.ts';
import { isCountry } from './countries.ts';
import type { KnownPlaces } from './facts.ts';
import { listBeforeDeng } from './deng-lists.ts';

/** 等 and the occupation that names the list's items, with a school or period before it. */
const CLOSING =
  /^等(?:[^\s的地国、，。；！？]{0,4}?)(?:大师|画家|艺术家|作曲家|音乐家|作家|诗人|文学家|思想家|哲学家|科学家|书法家|雕塑家|钢琴家|指挥家)/;
/** An item of such a list: two to five characters of Han script (a middle dot inside allowed). */
const ITEM = /^[\p{Script=Han}·]{2,8}$/u;

export function listedArtists(
  text: string,
  knownPlaces: KnownPlaces,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!CLOSING.test(text.slice(at, at + 10))) continue;
    // Items after a 、 (the whole stretch back to the 、 before it), then the segmenter's last
    // word before the first 、 (汇集了|莫奈).
    const { items, first } = listBeforeDeng(text, at, 9, ITEM);
    if (items.length === 0) continue;
    if (first) items.unshift(first);
    if (
      items.some((x) => knownPlaces(x.name) || isCountry(x.name) || /^ns/.test(tag(x.name)[0]!.tag))
    )
      continue;
    out.push(...items);
  }
  return out;
}
