/**
 * "Names" glued out of the words around them (types38, issue 13, from junk people of the cctv25r
 * and cctv24y annotations):
 * - 负责人迎春座|谈会: a three-character name whose last character opens a longer word the
 *   dictionary counts often (座谈会, 研讨会), as the segmenter reads the text from the name's start:
 *   the name is a word and a piece of the next (word-cut-end.ts covers a common word before; here
 *   the word before may be one jieba tags a name, 迎春/nr);
 * - 曾任某维萨德市长: a tenure verb (曾任, 时任, 现任) read as a surname and a given name, with a
 *   role word ending the clause after it: the office someone held, no name;
 * - 提高江铁海多式联运能力: the transport modes of a multimodal route (江, 铁, 海) before 联运.
 * Read by `inThingContext` (thing-contexts.ts) for any route.
 */
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { LONG_WORD_COUNT } from './frequency-thresholds.ts';
import { roleEndingAt } from './role-words.ts';
import type { Found } from './story-names.ts';

const TENURE = /^(?:曾任|时任|现任|历任|原任)/;
const MULTIMODAL = /^(?:多式)?联运/;

/** The segmenter, reading from the name's start, reads a word of 3+ across the name's end. */
function endOpensLongerWord(text: string, f: Found): boolean {
  if (f.name.length !== 3) return false;
  let at = f.start;
  for (const t of tag(text.slice(f.start, f.end + 4))) {
    const end = at + t.word.length;
    if (at < f.end && end > f.end)
      return t.word.length >= 3 && dictionaryFrequency(t.word) >= LONG_WORD_COUNT;
    if (end >= f.end) return false;
    at = end;
  }
  return false;
}

/** 曾任某…市长: a role word ends within the clause after the tenure verb. */
function tenureBeforeOffice(text: string, f: Found): boolean {
  if (!TENURE.test(f.name)) return false;
  for (let end = f.end + 1; end <= f.end + 8 && end <= text.length; end++) {
    if (/[，。；、！？\s]/.test(text[end - 1]!)) return false;
    if (roleEndingAt(text, end)) return true;
  }
  return false;
}

export const gluedOutOfWords = (text: string, f: Found): boolean =>
  endOpensLongerWord(text, f) ||
  tenureBeforeOffice(text, f) ||
  MULTIMODAL.test(text.slice(f.end, f.end + 4));
