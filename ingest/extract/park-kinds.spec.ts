/** Parks (things39, issue 13): a technology's words alone before 产业园 make a kind of park. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('kinds of park (things39)', () => {
  it('reads 智能物联产业园 with no place or name for a kind of park', () => {
    expect(parks('越来越多的企业入驻智能物联产业园。')).toEqual([]);
  });
  it('keeps the park its place names', () => {
    expect(parks('东岭智能物联产业园正式开园。')).toEqual(['东岭智能物联产业园']);
  });
});
