/**
 * 管根本、管方向、管长远: a run of parallel phrases (排比), each a one-character verb and a word,
 * read by sight as a list of names whose "surname" (管) they share. Three items or more of the same
 * length, all opened by the same character, each of which the segmenter reads as that character
 * on its own (a verb, adverb or preposition, not a name's part) and one dictionary word, are
 * phrases; a list of people sharing a surname reads as names (王建国/nr). General knowledge of
 * Chinese rhetoric in political prose (pairs46).
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';

/** Tags of a one-character verb, adverb or preposition opening a parallel phrase (管/vn, 抓/v). */
const OPENER_TAG = /^(v|vn|vd|d|p)$/;

/** One item of such a run: the shared opener alone, then a dictionary word. */
function phraseItem(item: string, opener: string): boolean {
  if (item[0] !== opener) return false;
  const [first, second, third] = tag(item);
  return (
    first?.word === opener &&
    OPENER_TAG.test(first.tag) &&
    second?.word === item.slice(1) &&
    !third &&
    isCommonWord(second.word)
  );
}

/** The "name" is an item of a run of three or more parallel phrases separated by 、. */
export function parallelPhraseItem(text: string, f: Found): boolean {
  const n = f.name.length;
  const opener = f.name[0]!;
  if (n < 2 || !phraseItem(f.name, opener)) return false;
  let items = 1;
  for (let at = f.start - 1 - n; at >= 0 && text[at + n] === '、'; at -= n + 1) {
    if (!phraseItem(text.slice(at, at + n), opener)) break;
    items++;
  }
  for (let at = f.end + 1; text[at - 1] === '、'; at += n + 1) {
    if (!phraseItem(text.slice(at, at + n), opener)) break;
    items++;
  }
  return items >= 3;
}
