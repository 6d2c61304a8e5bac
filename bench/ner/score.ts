/**
 * Exact-match scoring of string sets per example: each example's distinct predicted strings
 * against its distinct gold strings; true positives summed over examples.
 */
export interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}

export function emptyTally(): Tally {
  return { tp: 0, predicted: 0, gold: 0 };
}

export function addExample(
  tally: Tally,
  predicted: Iterable<string>,
  gold: Iterable<string>,
): void {
  const p = new Set(predicted);
  const g = new Set(gold);
  tally.predicted += p.size;
  tally.gold += g.size;
  for (const s of p) if (g.has(s)) tally.tp++;
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.predicted ? t.tp / t.predicted : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatPrf(t: Tally): string {
  const { p, r, f1 } = prf(t);
  return `${p.toFixed(2)} / ${r.toFixed(2)} / ${f1.toFixed(2)}`;
}
