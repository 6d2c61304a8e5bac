/**
 * Countries and foreign cities of the tables (ingest/gazetteer/countries.txt): a run of
 * transliteration sounds that is one, starts one or runs across one is a place, not a person.
 * Split from transliterations.ts (one concern per file).
 */
import { gazetteer } from '../gazetteer/index.ts';

const COUNTRIES = gazetteer().countries;
/** A country or foreign city exactly (巴格达): for the name statistics. */
export function isForeignPlace(name: string): boolean {
  return COUNTRIES.has(name);
}

/** A country, or a country then more (乌克兰总统 is cut before 总; 巴基斯坦人 is not a name). */
export function isCountry(run: string): boolean {
  for (let n = 2; n <= run.length; n++) if (COUNTRIES.has(run.slice(0, n))) return true;
  for (let n = 2; n < run.length; n++) if (COUNTRIES.has(run.slice(-n))) return true;
  return false;
}

/** 俄罗斯, 爱沙尼亚: a country that starts a few characters before i and runs into the name. */
export function countryAcross(text: string, i: number): boolean {
  for (let k = 1; k <= 3 && k <= i; k++)
    for (let n = k + 1; n <= k + 6; n++)
      if (COUNTRIES.has(text.slice(i - k, i - k + n))) return true;
  return false;
}
