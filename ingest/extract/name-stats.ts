/**
 * The name statistics of name-stats.json (written by ../gazetteer/build-name-stats.ts from
 * jieba's dictionary): per-character given-name scores and frequent two-character words.
 */
import { readFileSync } from 'node:fs';

interface NameStats {
  commonPairs: string;
  transliteration: string;
  second: Record<string, number>;
  third: Record<string, number>;
}
const stats = JSON.parse(
  readFileSync(new URL('../gazetteer/name-stats.json', import.meta.url), 'utf8'),
) as NameStats;
export const COMMON_PAIRS = new Set<string>();
for (let k = 0; k < stats.commonPairs.length; k += 2)
  COMMON_PAIRS.add(stats.commonPairs.slice(k, k + 2));
/**
 * COMMON_PAIRS as 32-bit codes (two UTF-16 units) in an open-addressing table, so a pair in
 * running text is tested without slicing it (a hot test: it runs at most surname characters).
 */
const PAIR_SLOTS = 1 << 16; // more than twice the pairs: short probe runs
const pairCodes = new Uint32Array(PAIR_SLOTS);
const slotOf = (code: number) => (Math.imul(code, 2654435761) >>> 16) & (PAIR_SLOTS - 1);
for (const pair of COMMON_PAIRS) {
  const code = ((pair.charCodeAt(0) << 16) | pair.charCodeAt(1)) >>> 0;
  let h = slotOf(code);
  while (pairCodes[h] !== 0 && pairCodes[h] !== code) h = (h + 1) & (PAIR_SLOTS - 1);
  pairCodes[h] = code;
}
/** COMMON_PAIRS.has(text.slice(k, k + 2)), for 0 <= k (past the end reads as no pair). */
export function isCommonPairAt(text: string, k: number): boolean {
  if (k + 1 >= text.length) return false;
  const code = ((text.charCodeAt(k) << 16) | text.charCodeAt(k + 1)) >>> 0;
  for (let h = slotOf(code); ; h = (h + 1) & (PAIR_SLOTS - 1)) {
    const slot = pairCodes[h]!;
    if (slot === code) return true;
    if (slot === 0) return false;
  }
}
export const SECOND = new Float32Array(65536).fill(NaN);
export const THIRD = new Float32Array(65536).fill(NaN);
for (const [ch, v] of Object.entries(stats.second)) SECOND[ch.charCodeAt(0)] = v;
for (const [ch, v] of Object.entries(stats.third)) THIRD[ch.charCodeAt(0)] = v;
/** A character seen in fewer than three names: rare in names, but rare characters are names' stuff. */
const UNSEEN = -0.5;
export const score = (table: Float32Array, text: string, k: number) => {
  const v = table[text.charCodeAt(k)]!;
  return Number.isNaN(v) ? UNSEEN : v;
};
/** How name-like a given name of one or two characters at `g` is: its first, then its last. */
export const givenScore = (text: string, g: number, length: number) =>
  score(SECOND, text, g) + (length === 2 ? score(THIRD, text, g + 1) : 0);

/**
 * A three-character "name" that reads as words: its surname and first given character, or its
 * given name, is a frequent word (幸福感, 高+水平); not 江泽民, 周恩来 (jieba tags it t).
 */
export function readsAsFrequentWords(name: string, surnameLength: number): boolean {
  if (name.length === 2) return COMMON_PAIRS.has(name);
  return (
    COMMON_PAIRS.has(name.slice(0, surnameLength + 1)) ||
    COMMON_PAIRS.has(name.slice(surnameLength))
  );
}

/** Per UTF-16 code unit: 1 for a character of transliterated names (克, 林, 顿; hot loop). */
export const FOREIGN = new Uint8Array(65536);
for (const ch of stats.transliteration) FOREIGN[ch.charCodeAt(0)] = 1;
/** The character at `k` is one of transliterated names. */
export const isForeignCharAt = (text: string, k: number) => FOREIGN[text.charCodeAt(k)] === 1;
/** Every character of w is a transliteration's (斯托克, 库布). */
export const allForeign = (w: string) => [...w].every((_, k) => isForeignCharAt(w, k));
/** The dots that join the parts of a foreign or minority name (某某·某某). */
export const NAME_DOT = /[·・•‧∙]/;
/**
 * Verbs that lead or bring people along (率人, 率团, 携夫人, 偕同), right after a name: the
 * predicate opens there, however foreign the next characters sound (夫 of 携夫人 is a sound).
 */
export const ESCORT_VERB = /[率携偕]/;
