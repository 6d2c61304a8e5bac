/**
 * One node per person across articles, for two misreadings that make a second node:
 * - a foreign name's last part (卡尼) where an article introduces the full name (某某·卡尼) and
 *   the corpus prints no other full name ending in it;
 * - a name with the next word's first character glued on (某某作, 某某在): the name without it
 *   is a person of the corpus and the character is a function word or a verb of report, which
 *   rarely ends a given name.
 */
import type { ArticleRecord } from '../records.ts';

/** Characters that follow a name in a sentence (作报告, 在, 以…优势) and rarely end one. */
const GLUED = /^(作|在|便|乘|请|还|说|将|等|对|向|也|则|又|都|是|以|时|称|指|和|与|同)$/;

export function personAliasMap(articles: ArticleRecord[]): Map<string, [string, string]> {
  const names = new Set<string>();
  const together = new Set<string>(); // `${short}\n${full}` introduced in one article
  const byLast = new Map<string, Set<string>>();
  for (const a of articles) {
    const people = a.facts.entities.filter((e) => e.type === 'person');
    for (const p of people) {
      names.add(p.name);
      const last = p.name.split('·').at(-1)!;
      if (last !== p.name) byLast.set(last, (byLast.get(last) ?? new Set()).add(p.name));
    }
    for (const short of people)
      for (const full of people)
        // The short name is first read inside the full one's sentence: the full introduced it.
        if (full.name.endsWith('·' + short.name) && short.sentence.includes(full.name))
          together.add(`${short.name}\n${full.name}`);
  }
  const map = new Map<string, [string, string]>();
  for (const [last, fulls] of byLast) {
    const [full] = fulls;
    if (fulls.size === 1 && names.has(last) && together.has(`${last}\n${full}`))
      map.set(last, [full!, 'short form of a foreign name printed in full']);
  }
  for (const n of names) {
    const bare = n.slice(0, -1);
    if (GLUED.test(n.at(-1)!) && bare.length >= 2 && names.has(bare) && !map.has(n))
      map.set(n, [map.get(bare)?.[0] ?? bare, 'a word glued to the name']);
  }
  return map;
}
