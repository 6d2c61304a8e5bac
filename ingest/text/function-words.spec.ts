/** The one table of function words (./function-words.ts) and the sets the rules read of it. */
import { describe, expect, it } from 'vitest';
import {
  AFTER_A_NAME,
  BEFORE_A_VERB,
  CLAUSE_OPENERS,
  FUNCTION_SURNAMES,
  LIST_PREDICATES,
  LONE_FOLLOWERS,
  oneOf,
  PHRASE_CLOSERS,
  SUBJECT_PREDICATES,
  SUBJECT_WORDS,
  TITLE_JOINERS,
  without,
  WORD_OPENERS,
} from './function-words.ts';

describe('function words', () => {
  it('builds a class of a set, anchored as asked', () => {
    expect(oneOf(CLAUSE_OPENERS).test('但')).toBe(true);
    expect(oneOf(SUBJECT_PREDICATES, '^').test('某也')).toBe(false);
    expect(oneOf(SUBJECT_PREDICATES, '^').test('也说')).toBe(true);
    expect(oneOf(FUNCTION_SURNAMES, '^', '$').test('和和')).toBe(false);
  });

  it('names a difference between two sets instead of copying one', () => {
    expect(without(FUNCTION_SURNAMES, '于')).toBe('和由向同及从把将对与为以');
    expect(oneOf(without(WORD_OPENERS, '叫')).test('叫')).toBe(false);
    expect(oneOf(WORD_OPENERS).test('叫')).toBe(true);
  });

  it('refuses a character the table does not explain', () => {
    expect(() => oneOf('的猫')).toThrow(/猫/);
    expect(() => oneOf(PHRASE_CLOSERS + '由或从')).not.toThrow();
  });

  it('keeps every set free of repeats', () => {
    for (const set of [
      CLAUSE_OPENERS,
      LONE_FOLLOWERS,
      TITLE_JOINERS,
      WORD_OPENERS,
      FUNCTION_SURNAMES,
      SUBJECT_PREDICATES,
      PHRASE_CLOSERS,
      SUBJECT_WORDS,
      LIST_PREDICATES,
      BEFORE_A_VERB,
      AFTER_A_NAME,
    ])
      expect(new Set(set).size).toBe(set.length);
  });
});
