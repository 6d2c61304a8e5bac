import { describe, expect, it } from 'vitest';
import { prepositionYu } from './glued-surnames.ts';

// Invented sentences: which evidence each route may take that 于 is a preposition.
describe('prepositionYu', () => {
  it('reads 于 after a verb ending in 自 as its preposition on every route', () => {
    const text = '这批货物来自于海滨新区。';
    const at = text.indexOf('于');
    expect(prepositionYu(text, at)).toBe(true);
    expect(prepositionYu(text, at, 'glued')).toBe(true);
    expect(prepositionYu(text, at, 'word')).toBe(true);
  });

  it('takes a word glued to 于 only where no title precedes the name', () => {
    const text = '那位老人死于肺炎。';
    const at = text.indexOf('于');
    expect(prepositionYu(text, at)).toBe(false);
    expect(prepositionYu(text, at, 'word')).toBe(true);
  });

  it('keeps 于 a surname after 会见 even though 见于 is a word', () => {
    const text = '市长会见于海明一行。';
    expect(prepositionYu(text, text.indexOf('于'), 'word')).toBe(false);
  });

  it('reads 于 after a verb that governs it as the preposition (倾向于, 着眼于)', () => {
    const text = '游客更倾向于小众线路。';
    expect(prepositionYu(text, text.indexOf('于'), 'word')).toBe(true);
    const other = '企业着眼于长远发展。';
    expect(prepositionYu(other, other.indexOf('于'), 'word')).toBe(true);
  });
});
