/**
 * lstrat62 (issue 13): a province's belts built and a city's rise, strategies a county's news
 * prints with no programme word of the lexicon:
 * - a named belt built (加快沿海经济带建设; 加快推进沿海经济带、大运河文化带和生态绿化带建设: the
 *   belts of a list share the one 建设 that closes it): an economic, cultural or green belt along a
 *   coast, a river or a canal is a province's strategy of years;
 * - a city's rise as its strategy (在周口崛起方略的指引下): the city's plan to rise, named by the city
 *   the gazetteer knows.
 * A kind of belt (特色产业带, 优势产业带) names no place and stays out.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtInfo } from './places.ts';
import { listedProgram } from './named-programs.ts';

const BELT = '\\p{Script=Han}{2,4}?(?:经济|文化|生态|绿化|旅游|产业|城镇|风景|景观)带';
/** The list closed by 建设, opened by a verb of pushing (the belts joined by 、 and one 和). */
const BELTS_BUILT = new RegExp(
  `(?:加快推进|加快推动|加快|推进|推动|统筹推进|全面推进)((?:${BELT}[、和与及]){0,3}${BELT})建设`,
  'gu',
);
const ONE_BELT = new RegExp(BELT, 'gu');
/** Kinds of belt, not a place's. */
const KIND = /^(?:特色|优势|重点|现代|一批|各类|新兴|主导)/u;
/** 周口崛起方略, 某某崛起战略: a city's rise as its strategy. */
const RISE = /(\p{Script=Han}{2,3})崛起(方略|战略)/gu;

export function beltsBuilt(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('带建设'))
    for (const m of text.matchAll(BELTS_BUILT)) {
      const list = m[1]!;
      const from = m.index + m[0].length - '建设'.length - list.length;
      for (const b of list.matchAll(ONE_BELT)) {
        const cut = /^[、和与及]/.test(b[0]) ? 1 : 0; // 和生态绿化带: the conjunction opens no name
        const belt = b[0].slice(cut);
        // A belt the gazetteer lists bare (长江经济带) is read by its own name there; one it lists
        // with 建设 (大运河文化带建设) keeps that name, shared in a list as the others.
        if (KIND.test(belt) || listedProgram(belt)) continue;
        out.push(mention(belt + '建设', belt, from + b.index + cut, '建设'));
      }
    }
  if (text.includes('崛起'))
    for (const m of text.matchAll(RISE)) {
      // The run before 崛起 may hold a preposition (在周口): the place is its last characters.
      const name = [m[1]!, m[1]!.slice(1)].find((n) => {
        const place = n.length >= 2 ? districtInfo(n, true) : undefined;
        return place && /^(?:province|city)$/.test(place.level);
      });
      if (!name) continue;
      const at = m.index + m[1]!.length - name.length;
      out.push(
        mention(
          name + m[0].slice(m[1]!.length),
          text.slice(at, m.index + m[0].length),
          at,
          'strategy',
        ),
      );
    }
  return out;
}
