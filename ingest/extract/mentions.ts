/** Entity mentions found in an article's text: typed spans with their canonical name. */
import type { NodeType } from '../../graph/schema.ts';

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
}

/** All matches of a longest-first alternation of literal names. */
export function literalMatcher(
  names: Iterable<string>,
): (text: string) => { surface: string; start: number }[] {
  const list = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (list.length === 0) return () => [];
  const re = new RegExp(list.map(escapeRegExp).join('|'), 'g');
  return (text) => [...text.matchAll(re)].map((m) => ({ surface: m[0], start: m.index }));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PRIORITY: Partial<Record<NodeType, number>> = {
  program: 5,
  park: 4,
  organization: 3,
  district: 2,
  industry: 1,
};

/** Keep the longest of overlapping mentions (ties: programs over parks over organisations…). */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (PRIORITY[b.type] ?? 0) - (PRIORITY[a.type] ?? 0) ||
      a.start - b.start,
  );
  const taken: Mention[] = [];
  // Covered character positions: linear in text length instead of comparing every pair.
  const covered = new Set<number>();
  for (const m of sorted) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !covered.has(i);
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) covered.add(i);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
