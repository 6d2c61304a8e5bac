/**
 * How jieba, reading from a name's start, treats the name's end: the one home of the two readings
 * wordCutAtEnd (word-cut-end.ts) asks before it cuts a name's last character off.
 * - The name is one dictionary name (nr) and the next word is the predicate's (people23):
 *   。某广生还向… reads 某广生|还|向, so 生还 is no word of the sentence; 某国石|坊 (ng) stays cut.
 * - jieba ends the name there and reads a word of two or more right after it (people35):
 *   部长黄润秋分别作了报告 reads 黄润|秋|分别, so 秋分 across the name's end is no word of the
 *   sentence, though both 黄润 and 秋分 are dictionary words; 秘书长某国问题特别代表 reads
 *   某国|问题|特别, and the cut stays.
 */
import { tag } from '../text/segmenter.ts';

/** A name where it was printed. */
interface Printed {
  name: string;
  start: number;
  end: number;
}

/** The segmenter keeps the name whole at its end (either reading above). */
export const segmenterKeepsNameEnd = (text: string, f: Printed): boolean =>
  heldAsName(text, f) || segmenterEndsNameAt(text, f.start, f.end);

/**
 * The first word is the whole name, a dictionary name (nr), and the next one the predicate's: a
 * verb, an adverb, a preposition or a conjunction (还/d, 向/p).
 */
function heldAsName(text: string, f: Printed): boolean {
  const [first, next] = tag(text.slice(f.start, f.end + 3));
  return first?.word === f.name && first.tag === 'nr' && /^(v|d|ad|p|c)$/.test(next?.tag ?? '');
}

/**
 * A boundary right after the name and a word of two or more characters right after it: the next
 * word is that word, not one made of the name's last character and the next.
 */
function segmenterEndsNameAt(text: string, start: number, end: number): boolean {
  let at = start;
  for (const t of tag(text.slice(start, end + 4))) {
    if (at === end) return t.word.length >= 2;
    if (at > end) return false;
    at += t.word.length;
  }
  return false;
}

/**
 * 村民某平曾是贫困户, 某明曾多次获奖, 某平曾任县长: jieba, reading from the name's start, ends a
 * word at `at` and reads the next from 曾 as the adverb "once" (曾/d, 曾多次/d, 曾经/d) or the
 * tenure verb 曾任: a title's reader that took three characters glued the adverb to a name of two
 * (people58; 某某曾表示, where jieba keeps 曾 in the name, stays whole).
 */
export function onceAdverbAt(text: string, start: number, at: number): boolean {
  let k = start;
  for (const t of tag(text.slice(start, at + 4))) {
    if (k === at) return t.word.startsWith('曾') && (t.tag === 'd' || t.word === '曾任');
    if (k > at) return false;
    k += t.word.length;
  }
  return false;
}
