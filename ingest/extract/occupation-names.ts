/**
 * What an occupation (画家, 大师, 演员…) lets stand after it as a name, beyond a Chinese surname
 * and given name (people.ts afterTitle): an artist's foreign or pen name that jieba holds as a
 * person's (画家某某、, 画家某某的名画, 某某/nr or nrt; not 导演|中某某, read as one new word), and
 * after 的 only a run of sounds (演员的某某; 大师的马屁 is the noun's object, not a name).
 */
import { tag } from '../text/segmenter.ts';
import { hasSurnameAt } from './names.ts';
import { isForeignCharAt } from './name-stats.ts';

/** Occupations of the arts, whose names are often foreign or pen names (画家某某). */
const ARTS = /(画家|作家|导演|编剧|艺术家|歌手|诗人|小说家|设计师|建筑师)$/;

/** After an artist's occupation, a name no surname opens (画家|某某): checked by `artistName`. */
export const artistWithoutSurname = (text: string, i: number, role: string): boolean =>
  ARTS.test(role) && !hasSurnameAt(text, i);

/** jieba holds the whole as a person's name (nr, nrt), not as a new word (x). */
export function artistName(name: string): boolean {
  const tokens = tag(name);
  return tokens.length === 1 && /^nr/.test(tokens[0]!.tag);
}

/** After an occupation and 的, a name only if it is all transliteration sounds. */
export const allSounds = (name: string): boolean =>
  [...name].every((_, k) => isForeignCharAt(name, k));
