/** Doctrines named after a person (邓小平理论, 马克思主义): their authors are people of the story. */
import { tag } from '../text/segmenter.ts';
import { COMMON_PAIRS } from './name-stats.ts';

/** A doctrine named after its author: 邓小平理论, 马克思主义, 毛泽东思想. */
const DOCTRINE = /(理论|主义|思想)/g;

/**
 * The people that doctrines are named after (邓小平理论 → 邓小平): the two to four characters
 * before 理论/主义/思想 that jieba's dictionary holds as one person's name (nr, nrt, nrfg).
 */
export function doctrineAuthors(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(DOCTRINE)) {
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
