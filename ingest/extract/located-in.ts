/**
 * Where a story's places sit: the province each district counts for (the story's home area) and
 * the LOCATED_IN edge of a district or a park. Read by index.ts (extractStory).
 */
import { districtInfo } from './places.ts';
import type { Mention } from './mentions.ts';
import type { RelationFact } from './facts.ts';

/** How often each province-level area is named (the story's home area, see homeArea). */
/** Mentions per province-level division: a district or city counts for its province. */
export function provinceCounts(mentions: Mention[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'district') continue;
    const province = provinceOf(m.name);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** The province-level division holding a district (itself for a province or municipality). */
export function provinceOf(name: string): string | undefined {
  let entry = districtInfo(name);
  for (let depth = 0; entry && depth < 4; depth++) {
    if (entry.level === 'province') return entry.name;
    entry = entry.parent ? districtInfo(entry.parent) : undefined;
  }
  return undefined;
}
/**
 * Where a district sits in the graph: its parent when the story names it, else the nearest
 * ancestor the story names, else its province. A prefecture the story never prints (the city
 * of a county in the news) would be a node of a place the news does not name.
 */
function shownParent(parent: string, named: ReadonlySet<string>): string {
  let at = parent;
  for (let depth = 0; depth < 4 && !named.has(at); depth++) {
    const up = districtInfo(at)?.parent;
    if (!up) break;
    at = up;
  }
  return at;
}

export function locatedIn(
  m: Mention,
  sentence: string,
  named: ReadonlySet<string>,
): RelationFact[] {
  const parent =
    m.type === 'district' && m.facts?.parent
      ? shownParent(m.facts.parent, named)
      : m.type === 'park'
        ? m.facts?.district
        : undefined;
  if (!parent) return [];
  return [
    {
      type: 'LOCATED_IN',
      source: { type: m.type, name: m.name },
      target: { type: 'district', name: parent },
      sentence,
    },
  ];
}
