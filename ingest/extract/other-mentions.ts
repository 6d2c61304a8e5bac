import { occurrencesOf } from '../text/occurrences.ts';

/**
 * The other places of a story where a name already read is printed (listNeighbours in
 * name-lists.ts reads the lists beside them). 采集员某甲和某乙正在…；…给某甲等年轻人: a name read in one place of the story is the name in its
 * other places too, where a list may stand beside it that the first reading did not open.
 */
export function otherMentions(
  text: string,
  found: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const at = new Set(found.map((f) => f.start));
  const names = new Set(found.map((f) => text.slice(f.start, f.end)).filter((n) => n.length >= 3));
  const out: { start: number; end: number }[] = [];
  for (const name of names)
    for (const k of occurrencesOf(text, name))
      if (!at.has(k)) out.push({ start: k, end: k + name.length });
  return out;
}
