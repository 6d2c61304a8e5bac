/**
 * lstrat48 (issue 13): the integration of neighbouring cities a province names as a strategy —
 * a city pair's 同城化 (郑开同城化: 郑州 and 开封, printed by their first characters) and a
 * city's metropolitan circle built (郑州都市圈建设). The gazetteer (programs-local.txt) lists the
 * plans of a few; the form names any pair or circle, checked against the cities of districts.json:
 * every character of a pair is a character of a city's short name, a circle's head is one whole.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtShortNames } from './places.ts';

/**
 * Cities and provinces by the short names the gazetteer lists (郑州, 开封), and their characters;
 * not names with their ending cut (大同 for 大同市): they would add some 200 characters (同, 行,
 * 政, 公, 主…) and let words pass for a pair.
 */
let cityChars: Set<string> | undefined;
function cities(): { chars: ReadonlySet<string>; names: ReadonlySet<string> } {
  const names = districtShortNames(['city', 'province'], false);
  cityChars ??= new Set([...names].flatMap((a) => [...a]));
  return { chars: cityChars, names };
}

/** What opens the pair's name: a pause, a quote, or the verb or preposition carrying it. */
const OPEN = /(^|[，。；：、\s“”（）《》]|推进|加快|推动|深化|加速|实现|就|的|以|为|和|与|及|是)$/u;
/** 城乡, 区域, 都市圈, 全域: a kind of place, not cities named by their characters; 深化, 推进: the
 * verb before the pair (深 and 化 are characters of city names too). */
const NOT_CITIES =
  /城乡|区域|城市|全域|都市|周边|深度|一体|全面|深化|推进|加快|推动|加速|实现|促进/;

export function cityIntegration(text: string): Mention[] {
  if (!text.includes('同城化') && !text.includes('都市圈')) return [];
  const { chars, names } = cities();
  const out: Mention[] = [];
  for (const m of text.matchAll(/同城化/g)) {
    // The longest run of city characters before 同城化 that a pause or a verb opens.
    for (let n = 4; n >= 2; n--) {
      const from = m.index - n;
      const pair = text.slice(Math.max(0, from), m.index);
      if (from < 0 || !/^\p{Script=Han}+$/u.test(pair) || NOT_CITIES.test(pair)) continue;
      if (
        ![...pair].every((c) => chars.has(c)) ||
        !OPEN.test(text.slice(Math.max(0, from - 2), from))
      )
        continue;
      out.push(mention(`${pair}同城化`, `${pair}同城化`, from, 'strategy'));
      break;
    }
  }
  for (const m of text.matchAll(/都市圈(建设|发展)/g)) {
    // 郑州都市圈建设: the circle is named by its central city's short name.
    const city = [3, 2]
      .map((n) => text.slice(Math.max(0, m.index - n), m.index))
      .find((c) => names.has(c));
    if (!city) continue;
    out.push(mention(`${city}都市圈建设`, city + m[0], m.index - city.length, 'strategy'));
  }
  return out;
}
