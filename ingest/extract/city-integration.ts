/**
 * lstrat48 (issue 13): the integration of neighbouring cities a province names as a strategy —
 * a city pair's 同城化 (郑开同城化: 郑州 and 开封, printed by their first characters) and a
 * city's metropolitan circle built (郑州都市圈建设). The gazetteer (programs-local.txt) lists the
 * plans of a few; the form names any pair or circle, checked against the cities of districts.json:
 * every character of a pair is a character of a city's short name, a circle's head is one whole.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtShortNames, findDistricts } from './places.ts';
import { listedProgram } from './named-programs.ts';

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

/**
 * lstrat60: 广佛融合发展, 厦漳泉一体化, 甲乙融合: two or three cities printed by their
 * characters and integrated or merged read as 同城化 does. Each character must belong to a city
 * the story names in full (厦门 and 漳州 beside 厦漳): 水肥一体化 (a way of watering), 产城融合 and
 * 文旅融合 (fields merged) are not all of cities the story names. Two cities printed whole side by
 * side (甲市乙市 by their short names, 西宁海东) name themselves. Pairs of kinds that are city
 * characters (江海, 港城, 山海) name no cities.
 */
const INTEGRATED = /同城化|一体化发展|一体化|融合发展|融合/g;
const KIND_PAIRS = /江海|海江|港城|城港|产城|站城|景城|山海|陆海|海陆|江河|河湖|山水/;

export function cityIntegration(text: string): Mention[] {
  if (!/同城化|都市圈|一体化|融合/.test(text)) return [];
  const { chars, names } = cities();
  const out: Mention[] = [];
  for (const m of text.matchAll(INTEGRATED)) {
    // The longest run of city characters before 同城化 that a pause or a verb opens.
    for (let n = 4; n >= 2; n--) {
      const from = m.index - n;
      const pair = text.slice(Math.max(0, from), m.index);
      if (from < 0 || !/^\p{Script=Han}+$/u.test(pair) || NOT_CITIES.test(pair)) continue;
      // The cheap tests first: every integration word reads here, 融合 and 一体化 often.
      if (!OPEN.test(text.slice(Math.max(0, from - 2), from))) continue;
      const counties = n <= 3 && m[0] !== '同城化' && ofCounties(text, pair);
      if (!counties && ![...pair].every((c) => chars.has(c))) continue;
      if (m[0] !== '同城化') {
        const whole = n === 4 && twoCities(pair);
        const named = whole || counties || (n <= 3 && namedInStory(text, pair));
        if (KIND_PAIRS.test(pair) || !named) continue;
      }
      out.push(mention(pair + m[0], pair + m[0], from, 'strategy'));
      break;
    }
  }
  out.push(...sharedIntegration(text));
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

/** Every character of the pair is a character of a city or province the text prints by name. */
function namedInStory(text: string, pair: string): boolean {
  const names = districtShortNames(['city', 'province'], true); // 济源 for 济源市 too
  const printed = [...names].filter((n) => text.includes(n) && !pair.includes(n));
  return [...pair].every((c) => printed.some((n) => n.includes(c)));
}

/**
 * lstrat62: 长封一体化 of 长垣市 and 封丘县: neighbouring counties (or county-level cities) the story
 * prints in full integrate as cities do, each printed by its first character, no two from one place.
 */
function ofCounties(text: string, pair: string): boolean {
  const firsts = findDistricts(text)
    .filter((d) => d.surface === d.name && /^\p{Script=Han}{2,3}[县市]$/u.test(d.name))
    .map((d) => d.name[0]!);
  return [...pair].every((c, i) => firsts.includes(c) && pair.indexOf(c) === i);
}

/** 西宁海东: two cities' short names of two characters each, side by side. */
function twoCities(pair: string): boolean {
  const names = districtShortNames(['city', 'province'], true);
  return names.has(pair.slice(0, 2)) && names.has(pair.slice(2));
}

/**
 * lstrat61: 长江经济带、长三角和宁镇扬一体化等国省战略: two regions joined before one 一体化 share
 * it; the first is read where its integration is a strategy the gazetteer lists (长三角一体化).
 */
const SHARED = /(\p{Script=Han}{2,4})[和与及、](?=\p{Script=Han}{2,4}一体化)/gu;
function sharedIntegration(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SHARED)) {
    // The region is the run's last characters that the gazetteer integrates (长三角, not 、长三角).
    for (let n = 2; n <= m[1]!.length; n++) {
      const region = m[1]!.slice(-n);
      if (!listedProgram(`${region}一体化`)) continue;
      const at = m.index + m[1]!.length - n;
      out.push(mention(`${region}一体化`, region, at, 'strategy'));
      break;
    }
  }
  return out;
}
