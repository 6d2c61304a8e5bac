/** Industries, junk17 (issue 13): fields of a list that are no sector, fragments, duplicates (invented sentences). */
import { describe, expect, it } from 'vitest';
import { findIndustries } from '../extract/industries.ts';
import { resolveOverlaps } from '../extract/mentions.ts';
import { resolveSector } from './industries.ts';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const industries = (text: string) =>
  [...new Set(resolveOverlaps(findIndustries(text)).map((m) => m.name))].sort();

describe('sectors, junk17', () => {
  it('cuts a verb glued in front of the first item of a list (全面排查矿山 → 矿山)', () => {
    const found = industries('东岭省将逐一检查矿山、危化等重点行业领域的隐患。');
    expect(found).not.toContain('逐一检查矿山');
    expect(resolveSector('全面排查矿山').name).toBe(resolveSector('矿山').name);
    // A word that makes a sector is no verb in front of it.
    expect(resolveSector('智能制造装备').name).toBe('智能制造装备');
    // One word tagged a verb names the sector's kind (直播电商, 移动物联网), no clause.
    expect(resolveSector('直播电商').name).toBe('直播电商');
    expect(resolveSector('移动物联网').name).toBe('移动物联网');
  });
  it('takes fire services and the livelihood for no sector (消防, 社会民生)', () => {
    expect(industries('要整治建筑、交通、消防等重点行业领域的违法行为。')).not.toContain('消防');
    expect(industries('新开工项目涵盖先进制造业、社会民生等多个领域。')).toEqual([]);
  });
  it('keeps the tail of a long statistical name out of a list (…生产和供应业)', () => {
    const found = industries(
      '对制造业、东岭燃气及热水生产和供应业、住宿和餐饮业等6个行业企业退税。',
    );
    expect(found).not.toContain('供应业');
    expect(found).toContain('餐饮业');
    // 零售业 is a word of its own after 批发和.
    expect(industries('该区扶持批发和零售业、住宿和餐饮业等三大行业。')).toContain('零售业');
  });
  it('merges a sector with its 运输 form across articles (交通, 交通运输)', () => {
    const g = buildGraph([
      inventedArticle('a0', '要严查矿山、建筑、交通等重点行业领域的隐患。'),
      inventedArticle('a1', '要排查危化、交通运输等重点行业领域的风险。'),
    ]);
    const sectors = g
      .filterNodes((_, a) => a.type === 'industry')
      .map((k) => g.getNodeAttribute(k, 'label'));
    expect(sectors.filter((l) => l.startsWith('交通'))).toEqual(['交通运输']);
  });
});
