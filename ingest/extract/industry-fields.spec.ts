/** Industries: a list closed by 行业和领域 mixes sectors with fields of use (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('lists of sectors and fields', () => {
  it('keeps only the sectors of a list of 行业和领域', () => {
    const found = industries('清单涉及供热管网、森林消防、热电、水务等多个行业和领域。');
    expect(found).not.toContain('供热管网');
    expect(found).not.toContain('森林消防');
  });
});
