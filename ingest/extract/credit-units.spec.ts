/**
 * A closing bracket credit with the writer's unit before the name (./credit-forms.ts, local46):
 * （某某局  甲） credits 甲; the unit (a bureau, as a town or a station) is no person. Invented.
 */
import { describe, expect, it } from 'vitest';
import { unroledCredits } from './credit-forms.ts';

describe('a closing credit with a unit before the name', () => {
  it('credits the name after a bureau (某某局  甲)', () => {
    const credits = unroledCredits('为全县农业生产提供保障，安全度汛。(青禾局  柯明远)');
    expect(credits.map((c) => c.name)).toEqual(['柯明远']);
  });
});
