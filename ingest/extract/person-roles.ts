/**
 * Chinese person names by role tagging, the way ICTCLAS and HanLP find them: each token of a
 * clause gets the roles it can play around a name (B surname, C/D given characters, E a
 * one-character given name, Z a two-character given name that is also a word, K/L the words
 * before/after a name, M between two names, U/V a context character fused with the name's
 * first/last, A anything else) with their counts, a Viterbi pass over the role transition matrix
 * picks the likeliest sequence, and role patterns (BCD, BE, BZ…) mark the names. The statistics
 * are HanLP's (person-roles.json, written by ../gazetteer/build-person-roles.ts); the tokens are
 * jieba's dictionary segmentation (no HMM), so an unknown name comes as single characters. Names
 * jieba's dictionary holds whole are left to name-model.ts (许可证 and 高精尖 are "names" there).
 * Candidates only: names-by-role.ts decides with the other evidence.
 */
import { readFileSync } from 'node:fs';
import { segment } from '../text/segmenter.ts';

interface RoleTables {
  labels: string[];
  transitions: Record<string, number[]>;
  roles: Record<string, string>;
}
const tables = JSON.parse(
  readFileSync(new URL('../gazetteer/person-roles.json', import.meta.url), 'utf8'),
) as RoleTables;
const LABELS = tables.labels;
const N = LABELS.length;
const index = new Map(LABELS.map((l, k) => [l, k]));
const [A, B, L, S, U, V, X, G] = [...'ABLSUVXG'].map((l) => index.get(l)!) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
/** How often each role occurs (row sums), and -log P(to | from) with HanLP's smoothing. */
const total = LABELS.map((l) => tables.transitions[l]!.reduce((a, b) => a + b, 0));
const transition = LABELS.map((from, f) =>
  tables.transitions[from]!.map((n) => -Math.log((n + 1e-8) / total[f]!)),
);

/** Role counts per token: [role index, count] pairs. */
type Observation = [number, number][];
const cache = new Map<string, Observation | null>();
function observed(word: string): Observation | null {
  let o = cache.get(word);
  if (o !== undefined) return o;
  const item = tables.roles[word];
  o = null;
  if (item) {
    o = [];
    for (const m of item.matchAll(/([A-Z])(\d+)/g)) {
      const r = index.get(m[1]!);
      if (r !== undefined) o.push([r, Number(m[2])]);
    }
  }
  cache.set(word, o);
  return o;
}
const OTHER: Observation = [[A, total[A]!]];
const START: Observation = [[S, 1]];
/** A two-character name jieba knows (a rarer one): maybe surname + first given character. */
const SHORT_NAME: Observation = [
  [X, 1],
  [G, 1],
];

/**
 * How surely a character is a surname: its count as B over its counts in all roles (向 is far
 * more often the word before a name, 高 a surname), and its count as B.
 */
export function surnameEvidence(ch: string): { share: number; count: number } {
  const o = observed(ch);
  // Not in HanLP's table at all (a rare surname such as 仉): nothing against it, nothing for it.
  if (!o) return { share: 1, count: 0 };
  let all = 0;
  let b = 0;
  for (const [r, n] of o) {
    all += n;
    if (r === B) b = n;
  }
  return { share: b / all, count: b };
}

/**
 * How often HanLP's counts saw a character as a given name's character in the given role: 'C'
 * first of two, 'D' last of two, 'E' a one-character given name (室 is D once, 峰 2385 times).
 */
export function givenCount(ch: string, role: 'C' | 'D' | 'E'): number {
  const r = index.get(role)!;
  return observed(ch)?.find(([k]) => k === r)?.[1] ?? 0;
}

/**
 * A word HanLP's counts see only around names (K before, L after, M between, A elsewhere) and
 * never as a name or a part of one: 贺词 (L1), 荣获 (L10), 表示. jieba's dictionary tags a few of
 * these as names (贺词/nr), so a "name" read from such a word is the word.
 */
export function onlyAroundNames(word: string): boolean {
  // Words of two characters only: the counts hold a few whole names as context too (某阳生 L1 M1,
  // a name after a name in a list), while two-character names are seldom in the table at all.
  // Nor a word whose second character names often carry (马龙 L1, but 龙 is a given name's 2,275
  // times; 词 of 贺词 4 times, 获 of 荣获 4).
  if (word.length !== 2 || givenTotal(word[1]!) >= RARE_GIVEN) return false;
  const o = observed(word);
  return !!o && o.every(([r]) => r === A || CONTEXT_ROLES.has(r));
}
const RARE_GIVEN = 50;
const givenTotal = (ch: string) => givenCount(ch, 'C') + givenCount(ch, 'D') + givenCount(ch, 'E');
const CONTEXT_ROLES = new Set(['K', 'L', 'M'].map((l) => index.get(l)!));

/** Viterbi over the roles each token can take; costs are negative log probabilities. */
// Two cost rows and one back-pointer table reused across calls: a clause is a few dozen tokens
// and this runs once per clause that may hold a name, so fresh arrays per step were garbage.
let costRow = new Float64Array(N);
let nextRow = new Float64Array(N);
let backTable = new Int8Array(64 * N);
function bestRoles(observations: Observation[]): number[] {
  const steps = observations.length;
  if (backTable.length < steps * N) backTable = new Int8Array(2 * steps * N);
  let cost = costRow.fill(Infinity);
  let next = nextRow;
  cost[S] = 0;
  for (let t = 1; t < steps; t++) {
    next.fill(Infinity);
    const from = (t - 1) * N;
    backTable.fill(-1, from, from + N);
    for (const [r, n] of observations[t]!) {
      const emit = -Math.log((n + 1e-8) / total[r]!);
      for (let p = 0; p < N; p++) {
        if (cost[p] === Infinity) continue;
        const c = cost[p]! + transition[p]![r]! + emit;
        if (c < next[r]!) {
          next[r] = c;
          backTable[from + r] = p;
        }
      }
    }
    const done = cost;
    cost = next;
    next = done;
  }
  costRow = cost;
  nextRow = next;
  let r = 0;
  for (let k = 1; k < N; k++) if (cost[k]! < cost[r]!) r = k;
  if (steps === 1) return [S, r];
  const path = new Array<number>(steps);
  path[steps - 1] = r;
  // back row t-1 holds step t's predecessors; row 0 (step 1 from the start) is not followed.
  for (let t = steps - 2; t >= 1; t--) path[t] = r = backTable[t * N + r]!;
  path[0] = S;
  return path;
}

/** Role patterns that make a name (HanLP's list). */
const PATTERNS = [
  'BBCD',
  'BBE',
  'BBZ',
  'BCD',
  'BEE',
  'BE',
  'BC',
  'BEC',
  'BG',
  'DG',
  'EG',
  'BXD',
  'BZ',
  'CD',
  'EE',
  'FE',
  'FC',
  'FB',
  'XD',
].sort((a, b) => b.length - a.length);

export interface RoleName {
  name: string;
  /** Offset in the clause. */
  start: number;
  pattern: string;
}

/** The names role tagging reads in one clause (no punctuation inside). */
export function roleNames(clause: string): RoleName[] {
  return roleNamesOf(segment(clause, false));
}

/** The same over a clause already segmented (jieba's dictionary segmentation, no HMM). */
export function roleNamesOf(tagged: readonly { word: string; tag: string }[]): RoleName[] {
  const words: string[] = [];
  const nrTwo = new Set<string>();
  for (const t of tagged) {
    if (t.tag === 'nr' && t.word.length === 2) nrTwo.add(t.word);
    words.push(t.word);
  }
  if (words.length === 0) return [];
  const observations = [
    START,
    ...words.map((w) => observed(w) ?? (nrTwo.has(w) ? SHORT_NAME : OTHER)),
  ];
  const roles = bestRoles(observations).slice(1);
  // U (context + surname in one token) and V (last given character + context) are split.
  const pieces: string[] = [];
  let pattern = '';
  let previous = A;
  roles.forEach((r, k) => {
    const w = words[k]!;
    if (r === U && w.length > 1) {
      pieces.push(w.slice(0, -1), w.slice(-1));
      pattern += 'KB';
      previous = B;
      return;
    }
    if (r === V && w.length > 1) {
      pieces.push(w.slice(0, 1), w.slice(1));
      pattern += (previous === B ? 'E' : 'D') + 'L';
      previous = L;
      return;
    }
    pieces.push(w);
    pattern += LABELS[r];
    previous = r;
  });
  const offsets: number[] = [];
  let at = 0;
  for (const p of pieces) (offsets.push(at), (at += p.length));
  const out: RoleName[] = [];
  for (let k = 0; k < pattern.length;) {
    const p = PATTERNS.find((q) => pattern.startsWith(q, k));
    if (!p) {
      k++;
      continue;
    }
    const name = pieces.slice(k, k + p.length).join('');
    const bad = observed(name)?.some(([r]) => r === A) || (p === 'BCD' && name[0] === name[2]);
    if (!bad) out.push({ name, start: offsets[k]!, pattern: p });
    k += p.length;
  }
  return out;
}
