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

/**
 * 亲子游、研学游、红色游、某某游; 凉风至、白露生、寒蝉鸣: one item of a run of 、-separated items of
 * its length, at least two others of which the segmenter reads as a word and a one-character verb
 * or preposition (亲子|游, 凉风|至): kinds of things or the phrases of a saying, not names. None of
 * the other items may be a name the rules found (`starts`): a list of people stays a list of
 * people whatever its names read as (prog56-a: 康养游, 白露生).
 */
export function phraseRunItem(text: string, f: Found, starts: ReadonlySet<number>): boolean {
  const n = f.name.length;
  if (n !== 3) return false;
  const others: number[] = [];
  for (let at = f.start - 1 - n; at >= 0 && text[at + n] === '、'; at -= n + 1) others.push(at);
  for (let at = f.end + 1; text[at - 1] === '、' && at + n <= text.length; at += n + 1)
    others.push(at);
  if (others.some((at) => starts.has(at))) return false;
  return others.filter((at) => wordAndVerb(text.slice(at, at + n))).length >= 2;
}

const ONE_CHARACTER_VERB = /^(v|vn|p)$/;
/** 亲子|游, 凉风|至: a word of two characters then a one-character verb or preposition. */
function wordAndVerb(item: string): boolean {
  if (!/^\p{Script=Han}{3}$/u.test(item)) return false;
  const [word, verb, more] = tag(item);
  return (
    word?.word.length === 2 && verb?.word.length === 1 && ONE_CHARACTER_VERB.test(verb.tag) && !more
  );
}
