/**
 * Members whose seat a session takes away, named in its decision (revoked-members.ts; issue 11,
 * people57-a: 免去…同志…副主任职务). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a committee chair taken away by 免去 (revoked-members.ts)', () => {
  const text =
    '会议通过关于免去韩立文同志第十四届全国政协某某委员会副主任职务的决定。会议追认关于免去包明远第十四届全国政协某某委员会驻会副主任职务的决定。';
  it('reads the members named with 同志 or bare', () => {
    expect(entityNames(text, 'person')).toEqual(['包明远', '韩立文']);
  });
  it('gives them no post (the seat is taken away)', () => {
    expect(holdsOf(text)).toEqual([]);
  });
  it('reads no person in an office taken away with no one named', () => {
    expect(entityNames('会议通过免去区长职务的决定。', 'person')).toEqual([]);
  });
});
