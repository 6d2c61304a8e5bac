/** A head speaking through a bare spokesperson title (./spoken-through.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a spokesperson after 通过 (某秘书长甲通过副发言人乙)', () => {
  it("is the head's office's spokesperson, deputy or not", () => {
    expect(holdsOf('某联盟秘书长卡罗通过副发言人哈米发表声明说，支持救灾工作。')).toContain(
      '哈米|某联盟秘书长副发言人',
    );
    expect(holdsOf('某国外交部长卡米通过发言人卡雷发表声明说，支持救灾工作。')).toContain(
      '卡雷|某国外交部长发言人',
    );
  });
  it('keeps a bare deputy as printed where no head is named before 通过', () => {
    expect(holdsOf('会后，副发言人卡雷对记者说，将支持救灾。')).toEqual(['卡雷|副发言人']);
  });
});
