/**
 * A foreign name spelled in transliteration (吕特, 里亚布科夫) is rarely two people's in one stretch
 * of news, while its posts are often misread: a city before the title (在海牙首相某某), a verb left
 * glued to it (委托俄罗斯副外长). Two groups of its posts are one person when the states their posts
 * name anywhere agree, or when one group names a state and the other none but both end in the same
 * title (首相 and 首相). Posts naming two different states still keep two people apart
 * (dups21: 吕特 and 里亚布科夫 split in two on the cctv23y annotation).
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { allForeign, NAME_DOT } from '../extract/name-stats.ts';
import { countryName } from './country-names.ts';

/** Every character a transliteration's (name-stats.json), or parts joined by a middle dot. */
export const foreignSpelled = (name: string): boolean =>
  NAME_DOT.test(name) || (name.length >= 2 && allForeign(name));

let states: string[] | undefined;
/** The foreign states a post names anywhere in it (not China: every Chinese office is China's). */
function statesIn(post: string): Set<string> {
  states ??= [...gazetteer().states]
    .filter((s) => s.length >= 2 && !/^(中国|欧盟|联合国|北约|东盟|非盟)$/.test(s))
    .sort((x, y) => y.length - x.length);
  const found = new Set<string>();
  let rest = post;
  for (const s of states)
    if (rest.includes(s)) {
      // A state by its short name (大印尼行动党) is the state of its full one (印度尼西亚总统):
      // dups26, one president split in two on the cctv24y annotation.
      found.add(countryName(s));
      rest = rest.split(s).join('|'); // 白俄罗斯 is not also 俄罗斯
    }
  return found;
}

/**
 * Whether two groups of posts name one foreign state, or one names it and both share a title.
 * `whole`: the name is printed whole with a middle dot (某某·某某): one names a state and the other
 * none is enough (印度尼西亚总统 and a party's 总主席, things23); two full names alike are rarer still.
 */
export function oneStateAbroad(a: string[], b: string[], whole = false): boolean {
  const [sa, sb] = [a, b].map((l) => new Set(l.flatMap((p) => [...statesIn(p)])));
  if (sa!.size && sb!.size) return sameStates(sa!, sb!);
  if (!sa!.size && !sb!.size) return false;
  return whole || a.some((x) => b.some((y) => sharedEnd(x, y) >= 2));
}

/** Both name exactly the same states: 俄罗斯 in both, not 俄罗斯 in one and 俄罗斯、乌克兰 in the other. */
const sameStates = (x: Set<string>, y: Set<string>) =>
  x.size === y.size && [...x].every((s) => y.has(s));

function sharedEnd(x: string, y: string): number {
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

/**
 * A title no Chinese official bears, printed with no country (企划财政部长官, 总统): a Korean or
 * Japanese minister's 长官 (not a special region's 行政长官), a head's 总统 or 首相. In a story that
 * names one foreign state it is that state's office (people.ts: 韩国代总统 and 企划财政部长官 of one
 * acting president were two nodes on the cctv24z annotation once 长官 became a role word).
 */
export const foreignOnlyTitle = (post: string): boolean =>
  /(?:(?<!行政)长官|总统|首相)$/.test(post) && countryAtStart(post) === undefined;

/**
 * The body a foreign name's post names (世界经济论坛 of 世界经济论坛执行主席), when it is a body of
 * its own: not a state (a state's posts are compared by foreign-namesakes' states) nor a word too
 * short to name one body. Two posts in one forum, bank or agency are one person's (dups35: the
 * forum's founder printed 董事会主席 one day and 执行主席 the next, two nodes on cctv25r).
 */
export function foreignBody(body: string | undefined): string | undefined {
  if (!body || body.length < 4 || !BODY_END.test(body)) return undefined;
  // A state's body (俄罗斯外交部) is the state's: its posts compare by state (oneStateAbroad).
  return countryAtStart(body) === undefined && statesIn(body).size === 0 ? body : undefined;
}

/** What a forum, bank or agency's name ends with: not a title's leftover (总统新闻, 候任). */
const BODY_END =
  /(?:论坛|组织|银行|基金会?|委员会|理事会|公司|集团|大学|学院|研究院|研究所|协会|联合会|联盟|机构|中心|法院)$/;
