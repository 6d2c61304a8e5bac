/** A head of state printed bare after a foreign party's title is the country's office. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe("a head of state after a party's title", () => {
  it('gives a bare 总统 after a party named as a congress the country (某国人民国民大会主席、总统)', () => {
    expect(holdsOf('南非人民国民大会主席、总统马里科萨出席对话会。')).toEqual([
      '马里科萨|南非人民国民大会主席',
      '马里科萨|南非总统',
    ]);
  });
  it("does so after a party's committee too (某国某党中央委员会第一书记、总统)", () => {
    expect(holdsOf('古巴劳动党中央委员会第一书记、总统迪亚斯卡出席。')).toContain(
      '迪亚斯卡|古巴总统',
    );
  });
});
