/**
 * lstrat63 (issue 13): a province's or a city's strategies named by the place with no programme
 * word of the lexicon:
 * - its practice of Chinese modernization (推进中国式现代化某市新实践, 中国式现代化某省实践): the
 *   formula every province and city has put its name in since the 20th Party Congress of 2022;
 * - its metropolitan area (嵌入某市都市圈): a province's plan for the ring round a big city, named by
 *   a city the gazetteer knows; a second area listed with it (某市都市圈、某某某都市圈) is one too, as
 *   a list shares its kind (a city cluster's short name, three first characters, is no place of the
 *   gazetteer).
 * A modernization without a place (中国式现代化新实践) and a ring of no known city stay out.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtInfo } from './places.ts';

const PRACTICE = /中国式现代化(\p{Script=Han}{2,4}?)(新)?实践/gu;
/** 某市都市圈, up to two more listed after it with 、 or 和. */
const RINGS = /(\p{Script=Han}{2,4}?)都市圈((?:[、和]\p{Script=Han}{2,4}?都市圈){0,2})/gu;
/** 圈 read as a place's own words: a ring's kind (现代化都市圈) or a sight (大都市圈层). */
const KIND = /^(?:现代化|大|新|中心|核心|城市|周边|一小时|半小时)/;

const city = (name: string) => {
  const place = districtInfo(name, true);
  return !!place && /^(?:province|city)$/.test(place.level);
};

export function placeStrategies(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('中国式现代化'))
    for (const m of text.matchAll(PRACTICE))
      if (city(m[1]!)) out.push(mention(m[0], m[0], m.index, 'strategy'));
  if (text.includes('都市圈'))
    for (const m of text.matchAll(RINGS)) {
      // The run before 都市圈 may hold a verb (嵌入武汉): the city is its last characters.
      const name = [m[1]!, m[1]!.slice(1), m[1]!.slice(2)].find((n) => n.length >= 2 && city(n));
      if (!name || KIND.test(name)) continue;
      let at = m.index + m[1]!.length - name.length;
      out.push(mention(`${name}都市圈`, `${name}都市圈`, at, 'strategy'));
      at = m.index + m[1]!.length + 3;
      for (const more of m[2]!.matchAll(/[、和](\p{Script=Han}{2,4}?都市圈)/gu)) {
        const ring = more[1]!;
        if (!KIND.test(ring)) out.push(mention(ring, ring, at + more.index + 1, 'strategy'));
      }
    }
  return out;
}
