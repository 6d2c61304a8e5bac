/**
 * Names after an occupation word (旅客, 航天员, 候选人): 旅客动线 and 航天员乘组 are things, so a
 * name stands there only where a surname opens it and no second occupation follows (市民游客尽享),
 * or where a run of transliteration sounds ending clearly, no word of the dictionary, does
 * (某党总理候选人默茨表示; 职工|基本 stays a word). Split from people.ts (one concern per file).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isCommonWord } from '../text/segmenter.ts';
import { transliteratedNameAt } from './foreign-names.ts';
import { hasSurnameAt } from './names.ts';

const occupations = gazetteer().occupations;

/** How a name may open at i after an occupation: by its surname, by its sounds, or not at all. */
export function nameAfterOccupation(text: string, i: number): 'surname' | 'sounds' | undefined {
  if (hasSurnameAt(text, i)) return occupationAt(text, i) ? undefined : 'surname';
  const run = transliteratedNameAt(text, i);
  return run && !isCommonWord(run) ? 'sounds' : undefined;
}

/** 市民游客尽享: a second occupation after the first is no name. */
function occupationAt(text: string, i: number): boolean {
  for (let n = 2; n <= 4; n++) if (occupations.has(text.slice(i, i + n))) return true;
  return false;
}
