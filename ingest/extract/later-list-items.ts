/**
 * 副主席甲、乙、宋建国、和某某 (lpeople61): the walk of listNeighbours (name-lists.ts) stops at an
 * item whose given name is a word (建国); role tagging finds that item, and the walk goes on from it
 * to the items after it. Split from people.ts.
 */
import { seenPerson, type PersonFinding } from './facts.ts';
import { listNeighbours } from './name-lists.ts';

/** List items next to names that only the role lists found, not found by any rule before. */
export function laterListItems(
  text: string,
  found: readonly PersonFinding[],
  byRole: readonly PersonFinding[],
): PersonFinding[] {
  const starts = new Set([...found, ...byRole].map((f) => f.start));
  // Only where the walk stopped: the item right after a name already found and its 、.
  const ends = new Set(found.filter((f) => text[f.end] === '、').map((f) => f.end + 1));
  const stops = byRole.filter((f) => ends.has(f.start));
  return listNeighbours(text, stops)
    .filter((item) => !starts.has(item.start))
    .map(({ name, start, end }) => seenPerson(name, start, end));
}
