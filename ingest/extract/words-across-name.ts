/**
 * Words after a title that only look like a name (总书记的殷切|勉励, 总书记念兹在兹): a "name" whose
 * reading crosses the words jieba reads there is words. Read by people.ts (afterTitle).
 */
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { verbWithAspectAt } from './aspect-after-name.ts';
import { NOT_IN_GIVEN_NAME, surnameLengthOf } from './names.ts';

/**
 * 总书记的殷切|勉励, “书记党课领|学: after a title, a "name" whose surname opens a word jieba reads
 * as no name's (殷切/a, 党课/n) and whose end falls inside the next word (勉励, 领学) is words.
 * A real name either is jieba's name token or ends where a word ends (书记高峰|表示).
 */
export function wordsAcrossName(text: string, i: number, name: string): boolean {
  const surname = surnameLengthOf(name);
  const tokens = tag(text.slice(i, i + name.length + 2));
  const first = tokens[0];
  if (first && idiomOrAdverbs(name, tokens)) return true;
  if (!first || first.word.length <= surname || first.word.length >= name.length) return false;
  // Common words only: a proper noun (野田/nz 佳彦) may open a name jieba does not know.
  if (!/^(a|ad|an|d|v|vn|n|l|i)$/.test(first.tag)) return false;
  let at = 0;
  for (const t of tokens) {
    if (at === name.length) return false;
    if (at > name.length) break;
    at += t.word.length;
  }
  return at !== name.length && !verbWithAspectAt(text, i + name.length);
}

/**
 * 总书记念兹在兹的关切, 科学家都曾在这里 (people18, cctv22e): after a title, a "name" that is the head
 * of a longer word of the dictionary (an idiom of four characters or more: 念兹在兹, which jieba
 * even tags nr) or two one-character adverbs (都|曾) is the predicate, not the title's holder.
 */
function idiomOrAdverbs(name: string, tokens: readonly { word: string; tag: string }[]): boolean {
  const [first, second] = tokens;
  if (!first) return false;
  // A longer name jieba holds whole (卢卡申科/nr after 卢卡) is that name, read whole later; an
  // idiom it tags nr too (念兹在兹) goes on with a character no given name has (在).
  if (first.word.length >= 4 && first.word.length > name.length && first.word.startsWith(name))
    return (
      dictionaryFrequency(first.word) > 0 &&
      (!first.tag.startsWith('nr') ||
        [...first.word.slice(name.length)].some((c) => NOT_IN_GIVEN_NAME.has(c)))
    );
  return (
    name.length === 2 &&
    first.word.length === 1 &&
    first.tag === 'd' &&
    second?.word.length === 1 &&
    second.tag === 'd'
  );
}
