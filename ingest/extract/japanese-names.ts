/**
 * Japanese names after a title of Japan's (日本 within 14 characters before the name slot) that
 * the surname reader cuts wrong:
 * - five characters (a family name of two, a given name of three: 山口某津男). The segmenter knows
 *   the family name as a place or a name and cuts the given name into a word it does not know (x)
 *   and a character; read alone, the given name's three characters were taken for a Chinese name
 *   and the family name lost (people17).
 * - four characters the segmenter's dictionary holds whole as a person's (安倍某三/nr): the surname
 *   reader took three (安倍某) and left the last character (people18, cctv22u).
 * - four characters cut into single ones (上|川|某子): a family name of two ending in a character
 *   of landscape that Japanese family names end in (川, 田, 山, 本, 村…) and a given name of two
 *   that is no verb, adverb or number; nothing else took the slot (people18, the 上川阳子 form).
 * - three characters (森山|某: a family name of two the segmenter knows as a word, ending in a
 *   character of landscape, and a given name of one that is no verb, adverb or number), which the
 *   surname reader never takes: the family name's first character is rarely a Chinese surname
 *   (people26, the cctv25z form 自民党干事长某某某).
 * The caller checks that the name ends clearly (a verb, a time word, punctuation).
 */
import { tag } from '../text/segmenter.ts';

const FAMILY_END = /[川田山本村野井木藤原岛泽沢口部谷崎冈岡仓倉桥橋濑瀬森松宫宮尾池内]/;

export function japaneseNameAfterTitle(text: string, i: number): string | undefined {
  if (!text.slice(Math.max(0, i - 14), i).includes('日本')) return undefined;
  return (
    fiveCharacters(text.slice(i, i + 5)) ??
    fourCharacters(text.slice(i, i + 4)) ??
    threeCharacters(text.slice(i, i + 3))
  );
}

function fiveCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{5}$/u.test(name)) return undefined;
  const tokens = tag(name);
  const [family, ...given] = tokens;
  if (!family || family.word.length !== 2 || !/^(ns|nr\w*)$/.test(family.tag)) return undefined;
  // The given name: one word the segmenter does not know (x), with at most one more character.
  return given.some((t) => t.tag === 'x' && t.word.length >= 2) && given.length <= 2
    ? name
    : undefined;
}

function fourCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{4}$/u.test(name)) return undefined;
  const tokens = tag(name);
  if (tokens.length === 1) return tokens[0]!.tag === 'nr' ? name : undefined;
  if (!FAMILY_END.test(name[1]!) || tokens.some((t) => t.word.length > 2)) return undefined;
  // The family name's two characters end a token: no word runs across the two halves.
  let at = 0;
  for (const t of tokens) {
    if (at < 2 && at + t.word.length > 2) return undefined;
    if (at >= 2 && /^[vdpcumtfr]/.test(t.tag)) return undefined;
    at += t.word.length;
  }
  return name;
}

function threeCharacters(name: string): string | undefined {
  if (!/^\p{Script=Han}{3}$/u.test(name) || !FAMILY_END.test(name[1]!)) return undefined;
  const [family, given, ...rest] = tag(name);
  if (rest.length > 0 || !family || !given || family.word.length !== 2) return undefined;
  return /^(n|ns|nr\w*|nz|x)$/.test(family.tag) && !/^[vdpcumtfr]/.test(given.tag)
    ? name
    : undefined;
}
