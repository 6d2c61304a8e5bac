/**
 * The home of a story: the province or municipality it is about, so that 重庆市委副书记 and the
 * 市委副书记 of a Chongqing story are one post. Counted from the districts the story names (a
 * district counts for its province); a home needs two mentions and a clear lead over the next.
 */
import { districtInfo } from './places.ts';
import type { Mention } from './mentions.ts';

export function homeArea(mentions: Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'district') continue;
    const province = provinceOf(m.name);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

/** The province-level division holding a district (itself for a province or municipality). */
function provinceOf(name: string): string | undefined {
  let entry = districtInfo(name);
  for (let depth = 0; entry && depth < 4; depth++) {
    if (entry.level === 'province') return entry.name;
    entry = entry.parent ? districtInfo(entry.parent) : undefined;
  }
  return undefined;
}
