/** Industries: the gazetteer's sector hits by position, to find a hit's neighbours in a list. */
import type { Mention } from './mentions.ts';
import { firstNotBelow } from '../text/sorted-search.ts';

/**
 * The gazetteer's hits come left to right without overlaps, so their ends rise with their
 * starts: a neighbour in a list is found by binary search. (Maps from positions to mentions
 * cost more than the rest of the rule on a one-sentence list of 10^5 sectors, and grew the heap.)
 */
export interface Neighbours {
  hits: Mention[];
  starts: Int32Array;
  ends: Int32Array;
}

export function byPosition(mentions: Mention[]): Neighbours {
  const starts = new Int32Array(mentions.length);
  const ends = new Int32Array(mentions.length);
  mentions.forEach((m, k) => {
    starts[k] = m.start;
    ends[k] = m.end;
  });
  return { hits: mentions, starts, ends };
}

/** Whether a hit of another name than `m` has `field` (start or end) at `at`. */
export function otherAt(
  all: Neighbours,
  field: 'starts' | 'ends',
  at: number,
  m: Mention,
): boolean {
  const keys = all[field];
  const first = firstNotBelow(keys.length, (k) => keys[k]! < at);
  for (let k = first; k < keys.length && keys[k] === at; k++)
    if (all.hits[k]!.name !== m.name) return true;
  return false;
}
