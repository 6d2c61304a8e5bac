/**
 * 部长某润秋作了报告 (names38, issue 11): jieba reads 某润|秋作|了, an unknown word across the
 * name's end, and wordsAcrossName (words-across-name.ts) took the name for words. A one-character verb
 * and the aspect particle 了 right after the name (作了, 讲了, 做了) open the predicate: the name
 * ends there, whatever jieba glues its last character to.
 */
import { tag } from '../text/segmenter.ts';

/** A one-character verb and 了 at text[at…]. */
export function verbWithAspectAt(text: string, at: number): boolean {
  const [verb, aspect] = tag(text.slice(at, at + 2));
  return verb?.tag === 'v' && verb.word.length === 1 && aspect?.word === '了';
}
