/** Entity mentions found in an article's text: typed spans with their canonical name. */
import type { NodeType } from '../../graph/schema.ts';
import { NODE_TYPE_TABLE } from '../../graph/types.ts';
import { canonicalName } from '../text/normalize.ts';

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

/**
 * A program's mention: the name as given, its printed span and the kind of program; `reason` says
 * why the name differs from what is printed. The one builder of the object (the readers below, and
 * the forms whose name is printed as it is: chief-systems.ts, spatial-layouts.ts,
 * national-visions.ts).
 */
export function programMention(
  name: string,
  surface: string,
  start: number,
  kind: string,
  reason?: string,
): Mention {
  const m: Mention = {
    type: 'program',
    name,
    surface,
    start,
    end: start + surface.length,
    facts: { kind },
  };
  if (reason) m.reason = reason;
  return m;
}

/**
 * A program read by its form (strategy-forms.ts, counted-campaigns.ts, listed-campaigns.ts,
 * launched-names.ts): the name in canonical form, its printed span and the form's kind. No
 * generic-name filter: the forms only match named ones. A caller that filtered on the canonical
 * form already (program-mention.ts, carried-out.ts) passes it as `label`, so a name is
 * canonicalised once.
 */
export function programByForm(
  name: string,
  surface: string,
  start: number,
  kind: string,
  label = canonicalName(name),
): Mention {
  return programMention(label, surface, start, kind);
}

/**
 * A named strategy's mention (named-programs.ts, and the stems of one read with 战略 or 改造 left
 * off: strategy-stems.ts, shared-renovations.ts).
 */
export function strategyMention(
  name: string,
  surface: string,
  start: number,
  reason?: string,
): Mention {
  return programMention(name, surface, start, 'strategy', reason);
}

export interface LiteralMatcher {
  /** All matches, left to right, longest at each place, not overlapping (like a longest-first alternation). */
  (text: string): { surface: string; start: number }[];
  /** The longest name that starts at `at`, if any. */
  at(text: string, at: number): string | undefined;
}

/**
 * Literal names indexed by their first two characters: the lists are a few hundred to a few
 * thousand short names, so a lookup per character beats a large RegExp alternation, and an
 * Aho–Corasick automaton (which reports overlapping matches) would need a further
 * leftmost-longest pass to match it. The per-character filters are bit sets (8 KB each): the
 * scan runs once per story between rules that evict its tables from the CPU caches, and a first
 * scan with byte tables (128 KB per matcher) cost ten times a second one of the same story.
 */
export function literalMatcher(names: Iterable<string>): LiteralMatcher {
  const list = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  // Bit k of these: some name starts with unit k; a one-unit name is unit k; some name's first
  // two units hash to k (collisions only cost a list walk).
  const starts = new Int32Array(2048);
  const singles = new Int32Array(2048);
  const pairs = new Int32Array(2048);
  // Names of two units or more by the hash of their first two, longest first (as `list`).
  const byPair: string[][] = new Array(65536);
  const single: string[] = [];
  for (const n of list) {
    const c = n.charCodeAt(0);
    starts[c >>> 5] = starts[c >>> 5]! | (1 << (c & 31));
    if (n.length === 1) {
      singles[c >>> 5] = singles[c >>> 5]! | (1 << (c & 31));
      single[c] = n;
      continue;
    }
    const h = pairHash(c, n.charCodeAt(1));
    pairs[h >>> 5] = pairs[h >>> 5]! | (1 << (h & 31));
    (byPair[h] ??= []).push(n);
  }
  const at = (text: string, i: number): string | undefined => {
    const c = text.charCodeAt(i);
    if (!((starts[c >>> 5]! >>> (c & 31)) & 1)) return undefined;
    const h = pairHash(c, text.charCodeAt(i + 1));
    if ((pairs[h >>> 5]! >>> (h & 31)) & 1)
      for (const n of byPair[h]!) if (text.startsWith(n, i)) return n;
    return (singles[c >>> 5]! >>> (c & 31)) & 1 ? single[c] : undefined;
  };
  // The scan repeats at()'s test inline: at() also sees short sliced strings, and sharing its
  // (then polymorphic) code made whole-story scans several times slower.
  const all = (text: string) => {
    const out: { surface: string; start: number }[] = [];
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      let hit: string | undefined;
      if ((starts[c >>> 5]! >>> (c & 31)) & 1) {
        const h = pairHash(c, text.charCodeAt(i + 1));
        if ((pairs[h >>> 5]! >>> (h & 31)) & 1)
          for (const n of byPair[h]!)
            if (text.startsWith(n, i)) {
              hit = n;
              break;
            }
        if (hit === undefined && (singles[c >>> 5]! >>> (c & 31)) & 1) hit = single[c];
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
