/**
 * Where jieba itself ends a three-character name (people35): 部长黄润秋分别作了报告 reads
 * 黄润|秋|分别, so 秋分 across the name's end is no word of the sentence, though both 黄润 and
 * 秋分 are dictionary words; 秘书长某国问题特别代表 reads 某国|问题|特别, and the cut stays.
 */
import { tag } from '../text/segmenter.ts';

/**
 * The segmenter, reading from the name's start, puts a boundary right after the name and a
 * word of two or more characters right after it: the next word is that word, not one made of
 * the name's last character and the next.
 */
export function segmenterEndsNameAt(text: string, start: number, end: number): boolean {
  let at = start;
  for (const t of tag(text.slice(start, end + 4))) {
    if (at === end) return t.word.length >= 2;
    if (at > end) return false;
    at += t.word.length;
  }
  return false;
}
