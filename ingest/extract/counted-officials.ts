/**
 * 甲、乙、丙等五位副首相, 甲、乙等3名副市长: a 、 list closed by 等, a count of people (N位, N名)
 * and an office lists that office's holders, whatever the names' script or sounds (Cambodian and
 * Vietnamese names read as Chinese characters no sound table or name model knows: people62, on
 * 以及某索帕、某拉索昆…等五位副首相). counted-titles.ts then gives each name the office. Items are
 * two to four characters of Han script that are no word of the dictionary, no place and no
 * country, and the list has two items at least: a list of bodies or words (北京、上海等5位代表,
 * 教师、医生等10名代表) is no list of names. General rule of news style; no names listed.
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import { isCountry } from './countries.ts';
import { seenPerson, type KnownPlaces, type PersonFinding } from './facts.ts';
import { listBeforeDeng } from './deng-lists.ts';
import { titleAt } from './counted-titles.ts';
import { roleSuffix } from './role-words.ts';

/** 等, a count of people, then the office (read by titleAt). */
const COUNTED = /^等[0-9０-９一二三四五六七八九十两]{1,3}[名位]/u;
const ITEM = /^\p{Script=Han}{2,4}$/u;

const nameLike = (name: string, knownPlaces: KnownPlaces): boolean =>
  ITEM.test(name) &&
  !isCommonWord(name) &&
  !knownPlaces(name) &&
  !isCountry(name) &&
  !roleSuffix(name) &&
  !/^ns/.test(tag(name)[0]!.tag);

/**
 * The holders of such lists, each vouched for by the count and the office as a roll call vouches
 * for its names (no later filter of words undoes them).
 */
export function countedOfficials(text: string, knownPlaces: KnownPlaces): PersonFinding[] {
  const out: PersonFinding[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    const count = COUNTED.exec(text.slice(at, at + 6))?.[0];
    if (!count || !titleAt(text, at + count.length)) continue;
    // The first item is the segmenter's last word before the first 、 (以及|某索帕).
    const { items, first } = listBeforeDeng(text, at, 5, ITEM);
    if (items.length === 0 || !first) continue;
    items.unshift(first);
    if (items.every((x) => nameLike(x.name, knownPlaces)))
      for (const { name, start } of items)
        out.push({ ...seenPerson(name, start), via: 'roll-call' });
  }
  return out;
}

/** Another reading over an item's characters (以及|某索|帕, 某春|那洛): the list's replaces it. */
export const overCounted = (counted: PersonFinding[], p: PersonFinding): boolean =>
  counted.some((c) => c !== p && c.start < p.end && p.start < c.end);
