import { describe, expect, it } from 'vitest';
import { wordIndex } from './word-index.ts';

describe('wordIndex', () => {
  const words = ['长', '局长', '副局长', '部长', '主任', '主任委员', ''];
  const index = wordIndex(words);
  /** What the rules did before: the list longest first, the first that matches. */
  const longestFirst = [...words].filter(Boolean).sort((a, b) => b.length - a.length);

  it('gives the longest word ending at a position, as trying the list longest first', () => {
    const text = '他是某市副局长，某部长和主任委员';
    for (let end = 0; end <= text.length + 1; end++)
      expect(index.longestEndingAt(text, end)).toBe(
        longestFirst.find(
          (w) => end >= w.length && end <= text.length && text.startsWith(w, end - w.length),
        ),
      );
  });

  it('gives the longest word starting at a position, and nothing past the end', () => {
    const text = '主任委员会副局长主任';
    for (let at = 0; at <= text.length; at++)
      expect(index.longestAt(text, at)).toBe(longestFirst.find((w) => text.startsWith(w, at)));
    expect(index.longestAt('主任委', 0)).toBe('主任');
  });
});
