/**
 * 环某某澳滨海旅游度假区, 某某湾临港产业园: a name read by sight that runs, through nouns only,
 * into the word of a zone (度假区, 产业园, 开发区, 示范区, 景区) is the first part of that zone's
 * name, a place (马祖澳, blocal-n), not a person. A person is joined to a zone by a verb or a
 * preposition (某某在产业园, 某某考察开发区), which stops the run. General rules of Chinese place
 * naming; no names listed.
 */
import { tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';

/** The head words of zones and parks whose names open with a place. */
const ZONE_HEAD =
  /^(度假区|旅游区|风景区|景区|园区|产业园|工业园|开发区|示范区|试验区|新区|合作区|集聚区|保护区|基地)$/;
/** Nouns, places and nouns of action (旅游/vn) may stand between the place and the head. */
const ZONE_PART = /^(n|ns|nz|vn|nt|an|b)$/;
/** How much of the text after the name is read: a zone's name is short. */
const WINDOW = 10;

export function beforeZoneWord(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  const tokens = tag(text.slice(f.end, f.end + WINDOW));
  for (const [k, t] of tokens.entries()) {
    if (ZONE_HEAD.test(t.word)) return k > 0 || t.word.length > 2;
    if (!ZONE_PART.test(t.tag)) return false;
  }
  return false;
}
