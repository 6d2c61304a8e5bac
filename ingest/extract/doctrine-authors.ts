/** Doctrines named after a person (邓小平理论, 马克思主义): their authors are people of the story. */
import { tag } from '../text/segmenter.ts';
import { COMMON_PAIRS } from './name-stats.ts';

/** A doctrine named after its author: 邓小平理论, 马克思主义, 毛泽东思想. */
const DOCTRINE = /(理论|主义|思想)/g;
/**
 * 青少年思想政治教育, 职工思想道德建设: 思想 opening a compound noun (ideological and political
 * education) is the group's ideology, no doctrine; the word before it (青少年/nr in jieba) is who
 * is taught, not an author.
 */
const COMPOUND_AFTER = /^(政治|道德|教育|工作|观念|状况|动态|认识|作风|建设|引领)/;

/**
 * The people that doctrines are named after (邓小平理论 → 邓小平): the two to four characters
 * before 理论/主义/思想 that jieba's dictionary holds as one person's name (nr, nrt, nrfg).
 */
export function doctrineAuthors(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(DOCTRINE)) {
    if (COMPOUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    for (const len of [4, 3, 2]) {
      const start = m.index - len;
      if (start < 0) continue;
      const name = text.slice(start, m.index);
      if (!/^\p{Script=Han}+$/u.test(name)) continue;
      const tokens = tag(name);
      if (tokens.length === 1 && /^nr(t|fg)?$/.test(tokens[0]!.tag) && !COMMON_PAIRS.has(name)) {
        out.push({ name, start });
        break;
      }
    }
  }
  return out;
}
