/**
 * Names by sight cut out of other words (issue 11/13, round people39, on cctv24z, cctv23y and
 * cctv22x): a surname character that is the second of a doubled measure word, the opening of a
 * quoted code, or the start of a four-character phrase of the shape ABAC. General rules of
 * Chinese writing; no names listed.
 */
import type { Found } from './story-names.ts';
import { dictionaryFrequency } from '../text/segmenter.ts';

/**
 * 一张张亮丽的名片, 一条条新路: a measure word doubled after 一 (one by one) is no surname; the
 * character before the "surname" is the same character.
 */
const doubledMeasure = (text: string, f: Found) =>
  f.start >= 2 && text[f.start - 1] === f.name[0] && text[f.start - 2] === '一';

/**
 * “浙渔远洋017”: a quoted run of characters that ends in digits is a vessel's, a product's or a
 * plate's code; the characters it opens with are no name.
 */
const quotedCode = (text: string, f: Found) =>
  /[“"「]/.test(text[f.start - 1] ?? '') &&
  /^\p{Script=Han}{0,3}\d+[”"」]/u.test(text.slice(f.end, f.end + 12));

/**
 * 方能善作善成, 有声有色: a name whose last character opens a phrase repeating it two later
 * (ABAC: 善作善成) is cut out of that phrase; a given name is not read on into such a pattern.
 */
const opensRepeatedPhrase = (text: string, f: Found) =>
  f.name.length >= 2 &&
  text[f.end - 1] === text[f.end + 1] &&
  // 张超然已然成名: the characters after the name are a word of their own (已然), no pattern.
  dictionaryFrequency(text.slice(f.end, f.end + 2)) === 0 &&
  /\p{Script=Han}/u.test(text[f.end] ?? '') &&
  /\p{Script=Han}/u.test(text[f.end + 2] ?? '');

/** Any of the above, for a name read by sight. */
export const fragmentOfWords = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  (doubledMeasure(text, f) || quotedCode(text, f) || opensRepeatedPhrase(text, f));
