/** Entity mentions found in an article's text: typed spans with their canonical name. */
import type { NodeType } from '../../graph/schema.ts';
import { NODE_TYPE_TABLE } from '../../graph/types.ts';

export interface Mention {
  type: NodeType;
  /** Canonical name (the node label). */
  name: string;
  /** Text as printed at this place. */
  surface: string;
  start: number;
  end: number;
  /** Extra facts for the node (district level/parent, program kind, park district). */
  facts?: Record<string, string>;
  /** Why `name` is not the surface (a resolution rule; listed by `tupu stats --merges`). */
  reason?: string;
  /** The name before that rule (kept as an alias). */
  from?: string;
}

export interface LiteralMatcher {
  /** All matches, left to right, longest at each place, not overlapping (like a longest-first alternation). */
  (text: string): { surface: string; start: number }[];
  /** The longest name that starts at `at`, if any. */
  at(text: string, at: number): string | undefined;
}

/**
 * Literal names indexed by first character: the lists are a few hundred short names, so a
 * lookup per character beats a large RegExp alternation, and an Aho–Corasick automaton (which
 * reports overlapping matches) would need a further leftmost-longest pass to match it.
 */
export function literalMatcher(names: Iterable<string>): LiteralMatcher {
  const list = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  // Indexed by the first unit's code: an array read instead of a Map lookup per candidate.
  const byFirst: string[][] = new Array(65536);
  // Filters before the list: 1 = some name starts with this unit, 2 = a one-unit name is it;
  // `pairs` holds a hash of the first two units (collisions only cost a list walk).
  const starts = new Uint8Array(65536);
  const pairs = new Uint8Array(65536);
  for (const n of list) {
    const c = n.charCodeAt(0);
    starts[c] = starts[c]! | (n.length === 1 ? 3 : 1);
    pairs[pairHash(c, n.charCodeAt(1))] = 1;
    (byFirst[c] ??= []).push(n);
  }
  const at = (text: string, i: number): string | undefined => {
    const c = text.charCodeAt(i);
    const flags = starts[c];
    if (!flags || (flags === 1 && !pairs[pairHash(c, text.charCodeAt(i + 1))])) return undefined;
    for (const n of byFirst[c]!) if (text.startsWith(n, i)) return n;
    return undefined;
  };
  // The scan repeats at()'s test inline: at() also sees short sliced strings, and sharing its
  // (then polymorphic) code made whole-story scans several times slower.
  const all = (text: string) => {
    const out: { surface: string; start: number }[] = [];
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      const flags = starts[c];
      let hit: string | undefined;
      if (flags && (flags !== 1 || pairs[pairHash(c, text.charCodeAt(i + 1))]))
        for (const n of byFirst[c]!)
          if (text.startsWith(n, i)) {
            hit = n;
            break;
          }
      if (hit === undefined) i++;
      else {
        out.push({ surface: hit, start: i });
        i += hit.length;
      }
    }
    return out;
  };
  return Object.assign(all, { at });
}

/**
 * `literalMatcher(names)(text)` for a short list used once (a story's own names): every
 * occurrence by indexOf, then the longest-first, left-to-right sweep. No index to build.
 */
export function literalMatches(
  names: Iterable<string>,
  text: string,
): { surface: string; start: number }[] {
  const found: { surface: string; start: number }[] = [];
  for (const n of new Set(names)) {
    if (!n) continue;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
      found.push({ surface: n, start: i });
  }
  found.sort((a, b) => a.start - b.start || b.surface.length - a.surface.length);
  const out: { surface: string; start: number }[] = [];
  let next = 0;
  for (const m of found) {
    if (m.start < next) continue;
    out.push(m);
    next = m.start + m.surface.length;
  }
  return out;
}

function pairHash(a: number, b: number): number {
  return (a * 131 + b) & 0xffff;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keep the longest of overlapping mentions (ties: programs over parks over organisations…). */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  // Longest first, then the type's priority, then position: mentions are bucketed by (length,
  // priority) and each bucket sorted by start, which the finders mostly emit in order (V8's
  // sort is linear on sorted runs), instead of one n log n sort with a three-key comparator.
  const buckets = new Map<number, Mention[]>();
  for (const m of mentions) {
    const key = (m.end - m.start) * 64 + NODE_TYPE_TABLE[m.type].mentionPriority;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(m);
    else buckets.set(key, [m]);
  }
  const sorted: Mention[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => b - a))
    for (const m of buckets.get(key)!.sort((a, b) => a.start - b.start)) sorted.push(m);
  // Covered character positions: linear in text length instead of comparing every pair. Taken
  // mentions never overlap, so each starts at its own position: read back in text order.
  const size = mentions.reduce((n, m) => Math.max(n, m.end), 0);
  const covered = new Uint8Array(size);
  const startingAt: (Mention | undefined)[] = new Array(size);
  const empty: Mention[] = []; // zero-width mentions cover nothing: all are kept, as before
  for (const m of sorted) {
    if (m.end <= m.start) {
      empty.push(m);
      continue;
    }
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, m.start, m.end);
    startingAt[m.start] = m;
  }
  const taken: Mention[] = [];
  for (let i = 0; i < size; i++) if (startingAt[i]) taken.push(startingAt[i]!);
  if (empty.length === 0) return taken;
  return [...taken, ...empty].sort((a, b) => a.start - b.start || a.end - b.end);
}
