/** A street's or a zone's chain of bare offices, and the names listed after it (local48). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe("a street's bare chain", () => {
  it('reads 党工委副书记、办事处主任 and 党工委委员、组织委员 as the story’s one street', () => {
    const held = holdsOf(
      '桂园街道召开大会。街道党工委书记韦成，党工委副书记、办事处主任柏明远，党工委委员、组织委员王小川出席。',
    );
    expect(held).toEqual([
      '柏明远|桂园街道党工委副书记',
      '柏明远|桂园街道办事处主任',
      '王小川|桂园街道党工委委员',
      '王小川|桂园街道党工委组织委员',
      '韦成|桂园街道党工委书记',
    ]);
  });
  it("reads a zone's 党工委委员、组织委员 where the story names a zone and no street", () => {
    expect(holdsOf('高新区召开大会。党工委委员、组织委员王小川出席。')).toEqual([
      '王小川|高新区党工委委员',
      '王小川|高新区党工委组织委员',
    ]);
  });
  it('gives a bare 副书记 after a body’s 书记 that body (某街道书记甲、副书记乙)', () => {
    expect(holdsOf('桂园街道书记韦成、副书记柏明远等陪同调研。')).toContain(
      '柏明远|桂园街道副书记',
    );
  });
  it('gives the names listed after a zone’s bare title the same office', () => {
    expect(
      holdsOf('副市长韦成莅临经开区调研。管委会副主任柏明远、王小川陪同。').filter(
        (h) => !h.startsWith('韦成'),
      ),
    ).toEqual(['柏明远|经开区管委会副主任', '王小川|经开区管委会副主任']);
  });
});
