/**
 * A statistical precision filter for person candidates: an averaged perceptron (real person or
 * not) over the general features of ./person-features.ts, run after the rules have found the
 * story's people (./registry.ts). A candidate whose score is below the weights file's threshold
 * is dropped. The weights (person-filter.json: feature → weight, no text, no names) are written
 * by scripts/train-person-filter.ts from the committed tuning people golds and the fetched text
 * they name (the text itself is not committed); ingest loads them at start: no download, and the
 * same input gives the same bytes.
 *
 * Written by hand: the model is a sum of weights over a few dozen string features and its
 * training is the perceptron update with averaging (about 100 lines here); no npm package does
 * exactly this (the NLP packages carry their own tokenisers, models and native parts, and the
 * generic ML ones want dense numeric matrices, not sparse string features).
 */
import { readFileSync } from 'node:fs';
import type { PersonFinding } from './facts.ts';
import { personFeatures, type Candidate } from './person-features.ts';

export interface FilterWeights {
  /** Where the weights came from (sets, days, epochs), for the reader of the file. */
  trainedOn: string;
  /** Keep a candidate whose score is at least this. */
  threshold: number;
  weights: Record<string, number>;
}

export interface Example {
  features: string[];
  /** 1: a real person (in the gold), -1: not. */
  label: 1 | -1;
}

export function scoreOf(weights: Readonly<Record<string, number>>, features: string[]): number {
  let sum = 0;
  for (const f of features) sum += weights[f] ?? 0;
  return sum;
}

/**
 * The averaged perceptron: on each mistake add the example's features (times its label) to the
 * weights; the answer is the weights averaged over every step, which is the trick that makes a
 * perceptron generalise (Collins 2002). The order of examples per epoch is a seeded shuffle, so
 * the same examples give the same weights.
 */
export function trainPerceptron(examples: Example[], epochs: number): Record<string, number> {
  const w = new Map<string, number>();
  // Sum of (step × update) per feature: the average is w - total / steps.
  const total = new Map<string, number>();
  let step = 1;
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const order = examples.map((_, k) => k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const { features, label } = examples[k]!;
      let sum = 0;
      for (const f of features) sum += w.get(f) ?? 0;
      if (label * sum <= 0)
        for (const f of features) {
          w.set(f, (w.get(f) ?? 0) + label);
          total.set(f, (total.get(f) ?? 0) + step * label);
        }
      step++;
    }
  }
  const averaged: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f)! - total.get(f)! / step) * 1000) / 1000;
    if (v !== 0) averaged[f] = v;
  }
  return averaged;
}

/** A list of names: another candidate the rules found is printed just before or after. */
const LIST_GAP = /^[、，\s和与及]?$/;

/**
 * One story's candidates with their features (the trainer reads these too). `rules`: how many
 * of the candidates, from the first, the rules found (the trainer adds others after them).
 */
export function candidateFeatures(
  text: string,
  candidates: readonly Candidate[],
  rules = candidates.length,
): string[][] {
  const beside = (c: Candidate) =>
    found.some(
      (o) =>
        o !== c &&
        o.name !== c.name &&
        ((o.end <= c.start && c.start - o.end <= 1 && LIST_GAP.test(text.slice(o.end, c.start))) ||
          (o.start >= c.end && o.start - c.end <= 1 && LIST_GAP.test(text.slice(c.end, o.start)))),
    );
  const found = candidates.slice(0, rules);
  const vias = new Map<string, Set<string>>();
  for (const c of candidates) vias.set(c.name, new Set());
  for (const c of found) {
    vias.get(c.name)!.add(c.via);
  }
  // Places the name is printed that no rule took (毛泽东 of 毛泽东思想 seen once as a name).
  const unclaimed = (name: string) => {
    let n = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      if (!found.some((o) => at >= o.start && at < o.end)) n++;
    return n;
  };
  return candidates.map((c) =>
    personFeatures(text, c, {
      vias: vias.get(c.name)!,
      beside: beside(c),
      unclaimed: unclaimed(c.name),
    }),
  );
}

export const asCandidate = (p: PersonFinding): Candidate => ({
  name: p.name,
  start: p.start,
  end: p.end,
  via: p.via,
  posts: p.posts.length,
});

/**
 * Stories shorter than this keep every candidate: the weights are learnt on whole broadcast
 * stories (how often a name recurs, a list of names around it), and on one-sentence inputs
 * (bench:ner's MSRA and CLUENER examples) they cost recall without buying precision.
 */
export const MIN_STORY = 150;

let loaded: FilterWeights | undefined;
export function filterWeights(): FilterWeights {
  if (loaded) return loaded;
  const file = new URL('./person-filter.json', import.meta.url);
  const read = JSON.parse(readFileSync(file, 'utf8')) as FilterWeights;
  if (typeof read.threshold !== 'number' || typeof read.weights !== 'object')
    throw new Error('ingest/extract/person-filter: person-filter.json has no threshold or weights');
  return (loaded = read);
}

/** The people whose score reaches the threshold; a name is kept or dropped in every place. */
export function keepLikelyPeople(
  text: string,
  people: PersonFinding[],
  model: FilterWeights = filterWeights(),
): PersonFinding[] {
  if (people.length === 0 || text.length < MIN_STORY) return people;
  const features = candidateFeatures(text, people.map(asCandidate));
  // A name is one node: its best-placed mention speaks for it.
  const best = new Map<string, number>();
  people.forEach((p, k) => {
    const s = scoreOf(model.weights, features[k]!);
    best.set(p.name, Math.max(best.get(p.name) ?? -Infinity, s));
  });
  return people.filter((p) => best.get(p.name)! >= model.threshold);
}
