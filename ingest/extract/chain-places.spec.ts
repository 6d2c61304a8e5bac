/**
 * A zone's or a town's offices printed with no place (./chain-places.ts, local46): the chain's
 * 管委会 office or township head says whose. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('bare zone and town offices in a chain (chain-places.ts)', () => {
  it("are the one zone's where the chain holds a 管委会 office", () => {
    const held = forms(
      '高新区召开项目推进会\n5月8日，高新区召开项目推进会。党工委书记、管委会主任韦成主持会议，党工委委员、管委会副主任柏明远出席。',
    );
    expect(held).toContain('韦成|高新区党工委书记');
    expect(held).toContain('韦成|党工委书记');
    expect(held).toContain('柏明远|党工委委员');
    expect(held).toContain('柏明远|高新区管委会副主任');
  });
  it("are the one town's where the chain holds a township's head or congress chair", () => {
    const held = forms(
      '青禾镇人大组织代表视察。党委书记、人大主席韦成主持活动。党委委员、副镇长柏明远列席。',
    );
    expect(held).toContain('韦成|青禾镇党委书记');
    expect(held).toContain('韦成|党委书记');
    expect(held).toContain('柏明远|青禾镇党委委员');
  });
  it('stay unread where the story names two zones, or the zone is a body’s office', () => {
    const two = forms('新城经开区考察团来到高新区。党工委书记、管委会主任韦成陪同。');
    expect(two.some((h) => h.startsWith('韦成|'))).toBe(false);
    const office = forms('市政协高新区工作室主任柏明远，党工委副书记、管委会副主任韦成陪同。');
    expect(office.some((h) => h.includes('工作室管委会') || h.includes('高新区管委会'))).toBe(
      false,
    );
  });
});
