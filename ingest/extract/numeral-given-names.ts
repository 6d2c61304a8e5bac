/**
 * A numeral that ends a given name (马英九, 王老五) before a name's follower: the word-crossing
 * test of name-edges.ts reads a numeral and the character after it as a count (陈震六|次: 六次),
 * which cut 马英九在致辞中表示 to 马英. Where jieba reads the whole name as one person's name, the
 * numeral is the name's, and the character after it opens the predicate.
 */
import { tag } from '../text/segmenter.ts';

export function numeralEndsName(text: string, start: number, end: number): boolean {
  const first = tag(text.slice(start, end + 2))[0];
  return first?.word === text.slice(start, end) && first.tag === 'nr';
}
