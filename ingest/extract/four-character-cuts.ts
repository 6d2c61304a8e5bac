/**
 * Four-character (Japanese) names the readers cut after their first character, asked by
 * false-names.ts for a name read by sight.
 */
import { isHanAt } from '../text/normalize.ts';
import { segment, tag } from '../text/segmenter.ts';
import { OPENS_NAME } from '../text/function-words.ts';
import { roleEndingAt } from './posts.ts';
import { isSureSurname } from './names-by-role.ts';
import type { Found } from './story-names.ts';

/**
 * 首相某田文雄, ，某田文雄没有: a three-character name after a noun character the segmenter
 * reads alone, itself right after a title or a pause, is a four-character (Japanese) name cut
 * after its first character: 但/并/还 before a name are read as conjunctions and adverbs.
 */
const verbNext = (text: string, at: number) => /^v/.test(tag(text.slice(at, at + 4))[0]?.tag ?? '');
export function cutFourCharacterName(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !isHanAt(text, f.start - 1) || OPENS_NAME.test(text[f.start - 1]!))
    return false;
  if (isHanAt(text, f.start - 2) && !roleEndingAt(text, f.start - 1)) return false;
  // 经某某申请: 经 "upon" before a Chinese name and its verb (cctv34b) opens no Japanese name.
  if (text[f.start - 1] === '经' && isSureSurname(text[f.start]!) && verbNext(text, f.end))
    return false;
  const [first] = segment(text.slice(f.start - 1, f.end), false);
  return first?.word.length === 1 && /^n$/.test(first.tag);
}
