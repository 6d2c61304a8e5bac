/**
 * One program mention (programs.ts and its readers): the printed name in canonical form, none for a
 * generic name or a clause (the mention itself is mentions.ts's programByForm, past that filter); and the program words (计划, 工程, 行动…) a name may end in.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { canonicalName } from '../text/normalize.ts';
import { wordIndex } from '../text/word-index.ts';
import { programByForm, type Mention } from './mentions.ts';
import { NOT_WHICH } from './carried-out.ts';

const lex = gazetteer().lexicon;
export const suffixes = [...lex.programSuffixes].sort((a, b) => b.length - a.length);
/** The longest suffix ending the text (before `end`): what `(…|…)$` took, without its scans. */
const suffixIndex = wordIndex(suffixes);
export const suffixEnding = (s: string, end = s.length) => suffixIndex.longestEndingAt(s, end);
const generic = new Set(lex.genericProgramNames);

export function program(
  name: string,
  surface: string,
  start: number,
  kind: string,
): Mention | undefined {
  const label = canonicalName(name);
  if (generic.has(label) || label.length < 3 || /[，。；！？,]/.test(label)) return undefined;
  if (NOT_WHICH.test(label)) return undefined;
  return programByForm(name, surface, start, kind, label);
}
