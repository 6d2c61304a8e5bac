/**
 * What a park's own name and its sentence say about it, beyond its mentions:
 * - a park named after a sector develops that sector: 某某生物医药产业园 FOCUSES_ON 生物医药 (an
 *   industrial park's name is its brief; a sector glued inside a name is no mention of its own);
 * - a park a district is building sits in that district: 某区将加快建设某某科技园 (the park's own
 *   name often carries no place, and local news says who builds it; see ./relations.ts).
 */
import { resolveSector } from '../resolve/industries.ts';
import { isBroadSector, sectorTerms } from './industries.ts';
import type { NodeType } from '../../graph/schema.ts';

/**
 * A district building a park (某区将加快建设某某科技园), read by ./relations.ts like any actor (an
 * `ActorEdge` there; not imported, so the two files make no cycle).
 */
export const PARK_HOSTS = {
  type: 'LOCATED_IN' as const,
  verbs: /(打造|建设|建好|新建|规划|创建|建成|布局|谋划|培育)/,
  actors: new Set<NodeType>(['district']),
  objects: new Set<NodeType>(['park']),
  reverse: true,
};

/** Names of parks for an industry (产业园, 产业基地…), not of zones (自贸区, 高新区, 示范区). */
const SECTOR_PARK = /(产业园区?|产业基地|产业城|产业新城|工业园区?|科技园|园区?|基地|谷|港|城)$/;

/** What may stand between the sectors of a name and its park word: 汽车及零部件产业园. */
const BETWEEN = /^(零部件|配套|装备|制造|[及和与、])/;

/**
 * The sectors a park's name carries (canonical names and as printed, in order): only those that
 * run up to the park word, so a brand before it (某某星通智能孵化产业园) or a place is not one.
 */
export function sectorsInParkName(park: string): { name: string; surface: string }[] {
  const suffix = SECTOR_PARK.exec(park);
  if (!suffix) return [];
  const head = park.slice(0, suffix.index);
  const found = sectorTerms(head);
  const out: { name: string; surface: string }[] = [];
  // From the last sector back: each must reach the park word through sectors and joiners only.
  let reach = head.length;
  for (let i = found.length - 1; i >= 0; i--) {
    const { surface, start } = found[i]!;
    let at = start + surface.length;
    for (let m = BETWEEN.exec(head.slice(at, reach)); m && at < reach;)
      m = BETWEEN.exec(head.slice((at += m[0].length), reach));
    if (at !== reach) break;
    reach = start;
    const { name } = resolveSector(surface);
    if (name && !isBroadSector(name) && !out.some((o) => o.name === name))
      out.unshift({ name, surface });
  }
  return out;
}
