/**
 * A place read inside a person's name is no place (杜延安 → 延安, 王成都 → 成都: stop 45, blocal-g):
 * the district matcher reads every known name wherever it stands, the people rules know where a
 * name is. Every printed occurrence of a found name counts (a story names its subject again bare).
 */
import type { Mention } from './mentions.ts';

export function withoutPlacesInNames(
  text: string,
  mentions: readonly Mention[],
  names: Iterable<string>,
): Mention[] {
  const covered = new Uint8Array(text.length + 1);
  let any = false;
  for (const name of names) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      covered.fill(1, at, at + name.length);
      any = true;
    }
  }
  if (!any) return [...mentions];
  // Only a place the name holds inside it, not one the name merely starts at (an error of the
  // people rules that took a place as a name must not cost the place).
  return mentions.filter(
    (m) =>
      m.type !== 'district' || !(covered[m.start] && covered[m.start - 1] && covered[m.end - 1]),
  );
}
