/**
 * Doubles pairs (names42, issue 11): sports news prints the two players of a pair around a slash
 * (某清晨/某一凡以2比0获胜). jieba reads a given name that is a word (清晨, 思维) as that word, so
 * the first player goes unread while the second, after the slash, is found. With two items the
 * pair is no list of three (name-lists.ts); the slash next to a found Chinese name vouches for the
 * name on its other side: a sure surname and a given name of one or two characters, opening the
 * clause (before), or closed by punctuation or the pair's predicate (after).
 */
import { isCommonWord } from '../text/segmenter.ts';
import { seenPerson, type PersonFinding, type KnownPlaces } from './facts.ts';
import { isPlausibleListedGivenName } from './names.ts';
import { isSureSurname } from './names-by-role.ts';
import { NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { isForeignPlace } from './transliterations.ts';
import { ITEM_PREDICATE } from './name-lists.ts';

const SLASH = /^[/／]$/;
const HAN = /\p{Script=Han}/u;
/** A Chinese name: a surname and one or two given characters, nothing of sounds (no dot). */
const CHINESE_NAME = /^\p{Script=Han}{2,3}$/u;

export function doublesPartners(
  text: string,
  found: readonly { name: string; start: number }[],
  knownPlaces: KnownPlaces,
): PersonFinding[] {
  if (!/[/／]/.test(text)) return [];
  const taken = new Set(found.map((f) => f.start));
  const out: PersonFinding[] = [];
  const keep = (name: string, start: number) => {
    if (taken.has(start) || !partnerName(name, knownPlaces)) return;
    taken.add(start);
    out.push(seenPerson(name, start));
  };
  for (const f of found) {
    if (!CHINESE_NAME.test(f.name)) continue;
    if (SLASH.test(text[f.start - 1] ?? '')) {
      // 。某清晨/乙: the Han run before the slash, opening the clause.
      let a = f.start - 1;
      while (a > 0 && HAN.test(text[a - 1]!)) a--;
      keep(text.slice(a, f.start - 1), a);
    }
    const end = f.start + f.name.length;
    if (SLASH.test(text[end] ?? '')) {
      // 甲/某思维，: the Han run after the slash, closed by punctuation.
      let b = end + 1;
      while (b < text.length && HAN.test(text[b]!)) b++;
      if (b - end - 1 <= 3 && (b === text.length || /[，。、；：！？（）\s]/.test(text[b]!)))
        keep(text.slice(end + 1, b), end + 1);
      else partnerBeforePredicate(text, end + 1, keep);
    }
  }
  return out;
}

/**
 * 组合甲/乙在半决赛中…: the partner runs straight into the pair's predicate, an adverb or
 * preposition of one character (在, 都, 将: LIST_PREDICATES); three characters first, then two
 * (cctv33b lost a doubles partner there).
 */
function partnerBeforePredicate(
  text: string,
  at: number,
  keep: (name: string, start: number) => void,
): void {
  for (const len of [3, 2]) {
    const name = text.slice(at, at + len);
    if (ITEM_PREDICATE.test(text[at + len] ?? '') && !ITEM_PREDICATE.test(name.at(-1)!)) {
      keep(name, at);
      return;
    }
  }
}

/**
 * 甲/杨金桥: a two-character given name ending as places do (桥, 山, 江) is refused elsewhere (某某桥
 * is a bridge), but beside a found name across a slash it is a player's (cctv33b); honorifics
 * (甲/乙先生) stay refused.
 */
const placeEnding = (given: string) => given.length === 2 && NOT_GIVEN_NAME.test(given[1]!);

function partnerName(name: string, knownPlaces: KnownPlaces): boolean {
  if (!CHINESE_NAME.test(name) || !isSureSurname(name[0]!)) return false;
  const given = name.slice(1);
  if (!isPlausibleListedGivenName(given) || (NOT_GIVEN_NAME.test(given) && !placeEnding(given)))
    return false;
  if (TRANSLITERATED_GIVEN.test(given)) return false;
  return !isCommonWord(name) && !knownPlaces(name) && !isForeignPlace(name);
}
