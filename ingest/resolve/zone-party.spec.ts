/** A development zone's party committee and administrative committee, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe("a zone's 区党委 and 管委会", () => {
  it('reads 区党委书记 before a zone office as a post (a district prints its 区委)', () => {
    expect(holdsOf('区党委书记王一文、区管委会主任刘二文带队督导。')).toContain(
      '王一文|区党委书记',
    );
  });
  it('gives 管委会 after 区党委委员 the zone, not a 管委会 of the party committee', () => {
    expect(holdsOf('会上，区党委委员、管委会副主任梁三文作汇报。')).toEqual([
      '梁三文|区党委委员',
      '梁三文|区管委会副主任',
    ]);
  });
});
