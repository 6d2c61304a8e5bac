/** Parks, junk20 (issue 13): a whole park pointed at is no park's name (invented sentence). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('parks, junk20', () => {
  it('takes 整个园区 (the whole park) for no park', () => {
    expect(parks('游客可乘坐摩天轮从空中俯瞰整个园区的冰雪景观。')).toEqual([]);
  });
});
