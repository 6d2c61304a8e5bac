/**
 * Printed forms of a known sector that name it through something else (indu44, issue 13): the
 * resource a trade works (矿产资源 beside 矿业: one node in the blind annotation of unseen news,
 * a duplicate as two) and where its goods are used (水上船舶 of a safety list: ships on the water,
 * the ship trade; junk in the cctv22u annotation).
 */
import { isKnownSector as isKnown } from './sector-vocabulary.ts';

/** A canonical sector name and why the printed form was changed (industries.ts SectorName). */
type SectorName = { name?: string; reason?: string };

/** 矿产资源, 渔业资源: a resource named by a known trade is that trade (水资源 names none). */
const RESOURCE = /^(\p{Script=Han}{2,4})资源$/u;
/**
 * 水上船舶, 陆上交通: on the water, on land, in the air, underground or in a pit, before a known
 * sector, says where its goods work, not which sector. Not 海上 (海上风电, offshore wind, is a
 * sector the plans name apart from 风电).
 */
const LOCATIVE = /^(水上|陆上|空中|地下|井下)(\p{Script=Han}{2,})$/u;

/**
 * The sector a resource or a located form names, resolved by `resolve` (canonical name), or
 * undefined when the name is no such form or what is left is no known sector.
 */
export function sectorOfForm(
  name: string,
  resolve: (s: string) => SectorName,
): SectorName | undefined {
  if (isKnown(name)) return undefined;
  const resource = RESOURCE.exec(name)?.[1];
  if (resource && isKnown(resource))
    return { ...resolve(resource), reason: 'resource → its trade' };
  const located = LOCATIVE.exec(name)?.[2];
  if (located && isKnown(located)) return { ...resolve(located), reason: 'place of use cut' };
  return undefined;
}
