/** Industries, junk20 (issue 13): words glued in front of a sector, products in general (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const sectors = (text: string) => entityNames(text, 'industry');

describe('sectors, junk20', () => {
  it('cuts a country’s one-character short form glued before a known sector', () => {
    expect(sectors('扩大对伊化工、钢铁等领域合作。')).toEqual(['化工', '钢铁']);
  });
  it('cuts where in the village the sector is (村里花椒产业)', () => {
    expect(sectors('村民们谋划村里花椒产业下一步的发展。')).toEqual(['花椒']);
  });
  it('takes products in general for no sector', () => {
    expect(sectors('保障重点产品产业链供应链稳定。')).toEqual([]);
  });
  it('takes a preposition and a place before 产业 for no sector (从某地产业聚集区)', () => {
    expect(sectors('从萨赞产业聚集区到东岭港，合作不断。')).toEqual([]);
  });
  it('takes an international event’s title for no sector', () => {
    expect(sectors('第四届国际智慧交通产业博览会今天开幕。')).toEqual([]);
    // 国际 before a known sector is its trade across borders: that sector.
    expect(sectors('东岭港大力发展国际物流产业。')).toEqual(['物流业']);
  });
});
