/**
 * 这些古柏中, 那些麦田里: a plural or kind demonstrative (这些, 那些, 这种, 这类) counts or sorts
 * things; a person's name never follows it directly (one names a person, not "these Zhangs").
 * So a name read by sight right after one is a word of the sentence.
 */
import type { Found } from './story-names.ts';

const DEMONSTRATIVE = /(这些|那些|这种|那种|这类|那类|这批|那批|各种|各类)$/;

export const afterDemonstrative = (text: string, f: Found): boolean =>
  f.via === 'sight' && DEMONSTRATIVE.test(text.slice(Math.max(0, f.start - 2), f.start));
