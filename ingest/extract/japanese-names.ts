/**
 * Japanese names of five characters (a family name of two, a given name of three: 山口某津男) after
 * a title of Japan's. The segmenter knows the family name as a place or a name and cuts the given
 * name into a word it does not know (x) and a character; read alone, the given name's three
 * characters were taken for a Chinese name and the family name lost (people17).
 */
import { tag } from '../text/segmenter.ts';

export function japaneseFiveAfterTitle(text: string, i: number): string | undefined {
  const name = text.slice(i, i + 5);
  if (!/^\p{Script=Han}{5}$/u.test(name) || !text.slice(Math.max(0, i - 14), i).includes('日本'))
    return undefined;
  const tokens = tag(name);
  const [family, ...given] = tokens;
  if (!family || family.word.length !== 2 || !/^(ns|nr\w*)$/.test(family.tag)) return undefined;
  // The given name: one word the segmenter does not know (x), with at most one more character.
  return given.some((t) => t.tag === 'x' && t.word.length >= 2) && given.length <= 2
    ? name
    : undefined;
}
