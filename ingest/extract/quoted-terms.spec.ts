/** The walk over quoted terms shared by counted slogans and counted campaigns (invented text). */
import { describe, expect, it } from 'vitest';
import { quotedTerms } from './quoted-terms.ts';

const inners = (text: string, longest: number) =>
  [...quotedTerms(text, longest)].map((q) => q.inner);

describe('quoted terms', () => {
  it('reads Chinese and ASCII marks, mixed, with where each term stands', () => {
    expect(inners('推进“五水共治"和"三城联创”。', 8)).toEqual(['五水共治', '三城联创']);
    expect([...quotedTerms('开展“三个一批”', 20)][0]).toEqual({
      inner: '三个一批',
      quoted: '“三个一批”',
      at: 2,
      end: 8,
    });
  });
  it('bounds the walk itself: a closing ASCII mark left unread opens the next term', () => {
    const text = '"九个字的一个长名字" 和 "三城联创"';
    expect(inners(text, 8)).toEqual([' 和 ']);
    expect(inners(text, 20)).toEqual(['九个字的一个长名字', '三城联创']);
  });
});
