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

describe('products in a list of fields (industries.ts PRODUCT_GRADE, stop 45)', () => {
  it('takes no made-at-home, high-strength or high-grade product as a sector', () => {
    expect(industries('钢厂产品涵盖高强汽车板、高档家电板等多个领域。')).toEqual([]);
    expect(industries('企业在航空、国产核心装备等领域取得突破。')).not.toContain('国产核心装备');
  });
  it('keeps the sectors of a counted list', () => {
    expect(industries('全县培育汽车制造、电子信息、新材料等三大产业。')).toContain('新材料');
  });
});
