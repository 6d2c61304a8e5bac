/**
 * Countries and foreign cities of the tables (ingest/gazetteer/countries.txt): a run of
 * transliteration sounds that is one, starts one or runs across one is a place, not a person.
 * Split from transliterations.ts (one concern per file); the leader titles' tests of a country
 * around a name (in or across it, running into it, ending before it) live here too. Their reaches
 * differ on purpose: a run of sounds is cut 1–3 characters after a country's start, a leader's
 * name may follow a country of up to 8 characters.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { firstCodes } from '../text/code-tables.ts';

const COUNTRIES = gazetteer().countries;
/**
 * The first characters of the countries: the scans below try every start and length around a
 * name, and a slice can be one only where its first character opens one (code-tables.ts).
 */
const COUNTRY_FIRST = firstCodes(COUNTRIES);
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
    if (COUNTRY_FIRST[text.charCodeAt(i - k)] === 1)
      for (let n = k + 1; n <= k + 6; n++)
        if (COUNTRIES.has(text.slice(i - k, i - k + n))) return true;
  return false;
}

/** Whether a country's name starts before `start` and runs into the name, or starts inside it. */
export function countryInOrAcross(text: string, start: number, end: number): boolean {
  for (let j = Math.max(0, start - 7); j < end; j++)
    if (COUNTRY_FIRST[text.charCodeAt(j)] === 1)
      for (let n = 2; n <= 8 && j + n <= end + 2; n++)
        if (j + n > start && COUNTRIES.has(text.slice(j, j + n))) return true;
  return false;
}

/** Whether a country's name starts before `start` and runs into it (安提瓜和|巴布达, 韩国|强):
 * the name is the country's tail. A country starting at `start` is left to the rules (马里奥),
 * unless it runs on past the name's `end` (阿尔|及利亚总统: the name is the country's head, things23). */
export function countryRunsInto(text: string, start: number, end = start): boolean {
  for (let j = Math.max(0, start - 7); j <= start; j++)
    if (COUNTRY_FIRST[text.charCodeAt(j)] === 1)
      for (let n = j < start ? start - j + 1 : end - j + 1; n <= 8 && j + n <= text.length; n++)
        if ((j < start || end > start) && COUNTRIES.has(text.slice(j, j + n))) return true;
  return false;
}

/**
 * The longest word of 2 (or `shortest`) to 8 characters ending right before `end` that `isWord`
 * accepts: the one scan behind every "a country or state named just before" test (here, in
 * charged-offices.ts, envoy-lines.ts and foreign-lineups.ts), each with its own table and
 * exceptions.
 */
export function wordEndingAt(
  text: string,
  end: number,
  isWord: (word: string) => boolean,
  shortest = 2,
): string | undefined {
  for (let n = Math.min(8, end); n >= shortest; n--) {
    const word = text.slice(end - n, end);
    if (isWord(word)) return word;
  }
  return undefined;
}

const isCountryWord = (word: string) => COUNTRIES.has(word);

/** The country whose name ends just before `i`, the longest (会见某国某某总统: the name follows it). */
export function countryEndingAt(text: string, i: number): string | undefined {
  return wordEndingAt(text, i, isCountryWord);
}

/** Whether a country's name ends just before `i`. */
export function countryEndsAt(text: string, i: number): boolean {
  return countryEndingAt(text, i) !== undefined;
}
