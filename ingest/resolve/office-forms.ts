/**
 * One office printed two ways in different stories (orgpost18, issue 13): a country's
 * one-character short form for its name (黎真主党副总书记 / 黎巴嫩真主党副总书记) and a body's
 * name with its abbreviation in brackets for the abbreviation (某某抵抗运动（哈马斯）领导人 /
 * 哈马斯领导人). Used for post aliases (post-aliases.ts) and namesakes (people.ts).
 */
import { gazetteer } from '../gazetteer/index.ts';

const g = gazetteer();
/** X（Y）… : the name before the brackets, Y its abbreviation. */
const BRACKETED = /^[^（(]+[（(]([^）)]{2,8})[）)]/;

/** The short forms `long` may be printed by (none for most offices). */
export function shortForms(long: string): string[] {
  const out: string[] = [];
  const abbreviation = BRACKETED.exec(long);
  if (abbreviation) out.push(abbreviation[1]! + long.slice(abbreviation[0].length));
  for (const [char, full] of SHORT_OF)
    if (long.startsWith(full) && long.length > full.length)
      out.push(char + long.slice(full.length));
  return out;
}

/** Whether `short` is the office `long` printed by a short form. */
export function printedShort(short: string, long: string): boolean {
  return short !== long && shortForms(long).includes(short);
}

/** Each country with a one-character short form of its own (美 → 美国; not 巴, several). */
const SHORT_OF = [...g.countryShort].filter((e): e is [string, string] => !!e[1]);
