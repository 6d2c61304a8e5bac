/** A city's short form glued to a feature's word (place-features.ts; lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const districts = (text: string) => entityNames(text, 'district');

describe('a pavilion named like a city', () => {
  it('reads 某某阁 and 某某亭 as no city', () => {
    expect(districts('游客登上扬州阁远眺，又到苏州亭小憩。')).toEqual([]);
  });
});
