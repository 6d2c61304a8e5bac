/** Sectors named as in the national classification, whose names hold 和 (GB/T 4754). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('a classification sector whose name holds 和', () => {
  it('reads 电气机械和器材制造 whole, no 器材制造 cut from it', () => {
    const found = industries('签约项目涉及新能源汽车、电气机械和器材制造等领域。');
    expect(found).toContain('电气机械和器材制造');
    expect(found).not.toContain('器材制造');
  });
});
