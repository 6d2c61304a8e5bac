/** Public services named by their field give no industry node, as 公共服务 does (not-trades.txt). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('public services named by their field', () => {
  it('reads 公共文化服务 in a list of fields of cooperation as no sector', () => {
    const text = '双方将在影视制作、数字出版、公共文化服务等领域深化合作。';
    expect(industries(text)).not.toContain('公共文化服务');
  });
});
