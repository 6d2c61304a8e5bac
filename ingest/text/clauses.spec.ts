import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore } from './sentences.ts';

describe('the clause around a place in the text (sentences.ts)', () => {
  const text = '会上，某某指责对方推行所谓“某某计划”，引发关注。';
  const at = text.indexOf('“');
  it('reads back to the last comma or full stop, within its reach', () => {
    expect(clauseBefore(text, at)).toBe('某某指责对方推行所谓');
    expect(clauseBefore(text, at, 4)).toBe('推行所谓');
  });
  it('reads on to the next comma or full stop, within its reach', () => {
    expect(clauseAfter(text, at, 30)).toBe('“某某计划”');
    expect(clauseAfter(text, at, 3)).toBe('“某某');
  });
});
