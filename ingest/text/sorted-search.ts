/**
 * Binary search over a sorted run, in one place: the dictionary's sorted lines (sorted-counts.ts),
 * the hits of a list by position (extract/sector-neighbours.ts), the actors of a sentence by end
 * (extract/relations.ts) and the program names written backwards (resolve/programs.ts).
 */

/**
 * The first index of `count` at which `below` no longer holds (`count` when it holds throughout):
 * `below` must hold on a prefix of the run and on nothing after it (a run sorted by the key asked).
 */
export function firstNotBelow(count: number, below: (k: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
