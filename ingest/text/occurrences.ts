/**
 * Where a string is printed in a story: every start, overlapping ones included (甲甲 twice in
 * 甲甲甲). One home for the walk the story-wide tests of a name share (is it printed elsewhere
 * alone, before a level word, with another character after it); a rule that must not count
 * overlaps steps on by the length itself.
 */
export function* occurrencesOf(text: string, s: string): Generator<number> {
  if (!s) return;
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) yield k;
}
