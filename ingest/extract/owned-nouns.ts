/**
 * 总书记的关怀厚爱, 科研人员的关怀: after a title and 的 a surname reads a name there (担任主任的
 * 某某), but a two-character word jieba's dictionary holds (关怀, which it even tags nr) is what
 * the title's holder owns, not a person. Given names of two characters are not in the dictionary
 * (its names are of famous people, three characters mostly), so a dictionary word is the noun.
 */
import { dictionaryFrequency } from '../text/segmenter.ts';

/** The title ends at `j`, its 的 at `j`, the name read at `i`. */
export function ownedNounAfterTitle(text: string, j: number, i: number, name: string): boolean {
  return j < i && text[j] === '的' && name.length === 2 && dictionaryFrequency(name) > 0;
}
