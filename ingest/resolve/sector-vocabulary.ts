/**
 * The sector vocabulary: the gazetteer's sectors (industries.txt) and the canonical forms with
 * the shorter forms printed for them (industry-canonical.txt: 汽车, 汽车制造 → 汽车制造业).
 */
import { readFileSync } from 'node:fs';
import { gazetteer } from '../gazetteer/index.ts';

/** Each printed form → its canonical sector name. */
export const canonical = new Map<string, string>();
for (const line of readFileSync(
  new URL('../gazetteer/industry-canonical.txt', import.meta.url),
  'utf8',
).split('\n')) {
  if (line.startsWith('#')) continue;
  const [name, ...others] = line.split(/\s+/).filter(Boolean);
  if (name) for (const n of [name, ...others]) canonical.set(n, name);
}
/** The gazetteer's sector names. */
export const terms = new Set(gazetteer().industries);

/** Whether the vocabulary knows a sector by this name. */
export const isKnownSector = (s: string): boolean => terms.has(s) || canonical.has(s);
