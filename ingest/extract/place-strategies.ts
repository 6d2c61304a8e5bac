/**
 * lstrat63 (issue 13): a province's or a city's practice of Chinese modernization (推进中国式现代化
 * 某市新实践, 中国式现代化某省实践): the formula every province and city has put its name in since the
 * 20th Party Congress of 2022, a strategy with no programme word of the lexicon. A modernization
 * without a place (中国式现代化新实践) stays out. (A city's metropolitan area, 某市都市圈, was tried
 * and left out: the national annotations take it as a region, and it hid the city it names.)
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtInfo } from './places.ts';

const PRACTICE = /中国式现代化(\p{Script=Han}{2,4}?)(新)?实践/gu;

const city = (name: string) => {
  const place = districtInfo(name, true);
  return !!place && /^(?:province|city)$/.test(place.level);
};

export function placeStrategies(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('中国式现代化'))
    for (const m of text.matchAll(PRACTICE))
      if (city(m[1]!)) out.push(mention(m[0], m[0], m.index, 'strategy'));
  return out;
}
