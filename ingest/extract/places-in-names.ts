/**
 * A place read inside a person's name is no place (杜延安 → 延安, 王成都 → 成都: stop 45, blocal-g):
 * the district matcher reads every known name wherever it stands, the people rules know where a
 * name is. Every printed occurrence of a found name counts (a story names its subject again bare).
 */
import type { Mention } from './mentions.ts';

/** What this rule reads of a person found: the name, and whether a post was printed beside it. */
interface NamedPerson {
  name: string;
  posts: readonly unknown[];
}

export function withoutPlacesInNames(
  text: string,
  mentions: readonly Mention[],
  people: Iterable<NamedPerson>,
): Mention[] {
  const covered = new Uint8Array(text.length + 1);
  const titled = new Set<string>();
  let any = false;
  for (const { name, posts } of people) {
    if (name.length < 2) continue;
    if (posts.length > 0) titled.add(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      covered.fill(1, at, at + name.length);
      any = true;
    }
  }
  if (!any) return [...mentions];
  // Only a place the name holds inside it, not one the name merely starts at (an error of the
  // people rules that took a place as a name must not cost the place). But a name read with its
  // post (省经信委副主任岳阳率调研组…岳阳在调研中, lthings63-l) is a person's: the place printed as
  // exactly that name, with no level word, is the person named again, not the city.
  return mentions.filter(
    (m) =>
      m.type !== 'district' ||
      !(
        (covered[m.start] && covered[m.start - 1] && covered[m.end - 1]) ||
        titled.has(text.slice(m.start, m.end))
      ),
  );
}
