/**
 * Pieces of running text read as people (round people27, on the independent annotations of
 * cctv24z, cctv22u): a one-character noun or word before an adverb of two (确保党永远不变质,
 * 会见…时再次强调: the "given name" is jieba's adverb word, which no given name is). Written by hand:
 * general rules of news style and jieba's dictionary, no names listed.
 */
import { dictionaryFrequency, segment } from '../text/segmenter.ts';
import { COMMON_ADVERB } from './frequency-thresholds.ts';
import type { Found } from './story-names.ts';

/** A given name of two characters that jieba's dictionary holds as one common adverb (永远, 再次). */
export function pieceNotName(f: Found): boolean {
  if (f.name.length !== 3) return false;
  const given = f.name.slice(1);
  const words = segment(given, false);
  return words.length === 1 && words[0]!.tag === 'd' && dictionaryFrequency(given) >= COMMON_ADVERB;
}
