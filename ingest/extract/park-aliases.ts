/**
 * Park rules that read the mentions already found in a story (registry stage 'refine'): a bare
 * "科学城" for the one park of the story that ends with it, and zones named without a park
 * suffix. Moved unchanged from index.ts; each adds to `mentions` and keeps it sorted by start.
 */
import type { Mention } from './mentions.ts';
import { BARE_PARK_SUFFIX, findZones } from './park-zones.ts';

/** "科学城" alone refers to the one park of the story that ends with it. */
export function addBareParkAliases(text: string, mentions: Mention[]): void {
  const parks = mentions.filter((m) => m.type === 'park');
  const bySuffix = new Map<string, Mention[]>();
  for (const p of parks) {
    const suffix = BARE_PARK_SUFFIX.exec(p.name)?.[1];
    if (suffix) bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), p]);
  }
  for (const [suffix, list] of bySuffix) {
    const names = new Set(list.map((p) => p.name));
    if (names.size !== 1) continue;
    const park = list[0]!;
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + suffix.length)) {
      if (mentions.some((m) => i < m.end && m.start < i + suffix.length)) continue;
      // The short form stands alone: after a pause, a list's joint, 在 or 的 (在高新区, 的高新区),
      // not inside a longer word or another park's name.
      if (/[\p{Script=Han}]/u.test(text[i - 1] ?? '') && !/[在的和与及、，。]/.test(text[i - 1]!))
        continue;
      mentions.push({ ...park, surface: suffix, start: i, end: i + suffix.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** Zones named without a park suffix (see findZones), where nothing else was found. */
export function addZones(text: string, mentions: Mention[]): void {
  const zones = findZones(
    text,
    mentions.filter((m) => m.type === 'park'),
  );
  for (const z of zones)
    if (!mentions.some((m) => z.start < m.end && m.start < z.end)) mentions.push(z);
  mentions.sort((a, b) => a.start - b.start);
}
