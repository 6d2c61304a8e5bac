/**
 * 汽车船舶 (为汽车船舶、生命科学等行业): two known sectors printed with no pause between them are two
 * sectors, not one (things36; junk in the cctv25w annotation).
 */
import { isKnownSector, isNoSectorAlone } from './industries.ts';
import type { Mention } from '../extract/mentions.ts';

/**
 * 交通旅游 (推动交通旅游产业融合): 交通, transport, is printed for its own sector (section G of GB/T
 * 4754, 交通运输、仓储和邮政业; the annotations keep 交通 as 交通运输业), yet is no gazetteer term (交通
 * alone is mostly traffic); glued before a known sector it is the first of two (things39).
 */
const TRANSPORT = '交通';

/** The two sectors and where the second starts; undefined for one known sector or no such pair. */
export function sectorPair(name: string): [string, string, number] | undefined {
  if (isKnownSector(name) || name.length < 4) return undefined;
  for (let i = 2; i <= name.length - 2; i++) {
    const a = name.slice(0, i);
    const b = name.slice(i);
    if ([a, b].every((s) => isKnownSector(s) && !isNoSectorAlone(s))) return [a, b, i];
    if (a === TRANSPORT && isKnownSector(b) && !isNoSectorAlone(b)) return [a, b, i];
  }
  return undefined;
}

/** A mention of two glued sectors as two mentions, each at its place; any other as it is. */
export function splitPair(m: Mention): Mention[] {
  // 交通旅游产业: the sector word printed after the pair goes with the second sector.
  const pair = m.surface.startsWith(m.name) ? sectorPair(m.name) : undefined;
  if (!pair) return [m];
  const [a, b, at] = pair;
  return [
    { ...m, name: a, surface: a, end: m.start + at },
    { ...m, name: b, surface: m.surface.slice(at), start: m.start + at },
  ];
}
