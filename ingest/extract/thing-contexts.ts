/**
 * Contexts only things take, never a person's name read by sight:
 * - 这些古柏中, 那些麦田里: a plural or kind demonstrative (这些, 那些, 这种, 这类) counts or
 *   sorts things; a name never follows it directly (one names a person, not "these Zhangs").
 * - 在核心舱的高微柜中完成实验: inside 在…的…中/里/内, a place where something is done; a person is
 *   not a place one does a thing "in".
 */
import type { Found } from './story-names.ts';

const DEMONSTRATIVE = /(这些|那些|这种|那种|这类|那类|这批|那批|各种|各类)$/;

export const afterDemonstrative = (text: string, f: Found): boolean =>
  f.via === 'sight' && DEMONSTRATIVE.test(text.slice(Math.max(0, f.start - 2), f.start));

/** 在…的X中: 在 opens the frame within the clause, 的 right before the name, 中/里/内 after it. */
export function insideLocativeFrame(text: string, f: Found): boolean {
  if (f.via !== 'sight' || text[f.start - 1] !== '的' || !/[中里内]/.test(text[f.end] ?? ''))
    return false;
  const clause = text.slice(Math.max(0, f.start - 14), f.start - 1);
  return /在[^，。；！？、]*$/.test(clause);
}
