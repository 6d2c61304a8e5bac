/**
 * 甲、李 明、乙: local news pads a two-character name to a three-character column with a space
 * (李 明). Inside a list, between separators, it is one item: the name without its space, over the
 * printed span. Left alone it cut the list, and the names before it were lost (issue 11, local45).
 */
import { surnameAt } from './names.ts';

/** A one-character surname, a space (half- or full-width) and a one-character given name. */
const SPACED = /^(\p{Script=Han})[ \u3000]{1,2}(\p{Script=Han})$/u;
/** What closes or opens an item of a list. */
const BOUND = /^[、和及，。；：:\n]?$/;

export interface SpacedItem {
  name: string;
  start: number;
  end: number;
}

/** The spaced name printed from `at` to `end`, bounded on both sides, if that is one. */
function spacedAt(text: string, at: number, end: number): SpacedItem | undefined {
  if (at < 0) return undefined;
  const m = SPACED.exec(text.slice(at, end));
  if (!m || surnameAt(text, at)?.length !== 1) return undefined;
  if (!BOUND.test(text[at - 1] ?? '') || !BOUND.test(text[end] ?? '')) return undefined;
  return { name: m[1]! + m[2]!, start: at, end };
}

/** The spaced item starting at `at` (right after a separator), its width three or four. */
export function spacedItemAfter(text: string, at: number): SpacedItem | undefined {
  return spacedAt(text, at, at + 3) ?? spacedAt(text, at, at + 4);
}

/** The spaced item ending at `end` (right before a separator). */
export function spacedItemBefore(text: string, end: number): SpacedItem | undefined {
  return spacedAt(text, end - 3, end) ?? spacedAt(text, end - 4, end);
}
