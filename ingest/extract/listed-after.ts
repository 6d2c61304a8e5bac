/**
 * 管委会副主任某甲、某乙陪同: names listed right after a titled name, with no title of their own,
 * hold the same posts. The title reader gives the list its title where it reads one; a rule that
 * reads the title later (chain-places.ts: a zone's or a town's bare offices) passes it on here
 * (local48: the second name of the list had lost the office).
 */
import type { PersonFinding } from './facts.ts';

/** The people printed right after `p`, one 、 apart and untitled, given `p`'s posts. */
export function givePostsToListed(people: PersonFinding[], p: PersonFinding, text: string): void {
  const after = people.filter((q) => q.start >= p.end).sort((a, b) => a.start - b.start);
  let at = p.end;
  for (const next of after) {
    if (text.slice(at, next.start) !== '、' || next.posts.length > 0 || next.titleSpan) break;
    next.posts = p.posts;
    at = next.end;
  }
}
