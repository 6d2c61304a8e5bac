/**
 * Parks, sectors, places and chained posts on county pages that blind blocal-k (stop 49) showed
 * as junk. Invented sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('parks (park-glued-words.ts, park-name-starts.ts)', () => {
  it('reads the park before a verb of rising to a rank, not the rank', () => {
    expect(entityNames('他指出，东港高新区成功晋级省级高新区，来之不易。', 'park')).toEqual([
      '东港高新区',
    ]);
  });
  it('cuts 突破 (break through) glued before a park', () => {
    expect(entityNames('加快突破东港特色产业园建设。', 'park')).toEqual(['东港特色产业园']);
  });
});

describe('sectors (industries.ts isNounPhrase)', () => {
  it('reads no sector from an adverb of effort glued to its verb (切实增强)', () => {
    expect(entityNames('加快产城融合，切实增强产业承载力。', 'industry')).toEqual([]);
  });
});

describe('places (facility-names.ts)', () => {
  it('reads no city from a reservoir named after a place', () => {
    expect(entityNames('加速推进过江隧道、黄石水库建设。', 'district')).toEqual([]);
  });
  it('keeps the city where a river stands between it and the power station', () => {
    expect(entityNames('四川攀枝花金沙江东风水电站机组并网。', 'district')).toContain('攀枝花市');
  });
});

describe('chained posts (stacked-titles.ts)', () => {
  it("splits two offices the page printed with no pause, the second a zone's or a town's", () => {
    expect(holdsOf('仪式由副县长城关镇党委书记王立新主持。')).toEqual([
      '王立新|副县长',
      '王立新|城关镇党委书记',
    ]);
  });
  it('keeps one office whose role word runs on (区长助理)', () => {
    expect(holdsOf('区长助理王立新出席。')).toEqual(['王立新|区长助理']);
  });
  it("reads the congress's executive chair after its presidium's chair as one office (congress-posts.ts)", () => {
    expect(
      holdsOf('会议由大会主席团常务主席、执行主席李立忠主持。大会执行主席王立国出席。'),
    ).toEqual(['李立忠|大会主席团常务主席', '李立忠|大会执行主席', '王立国|大会执行主席']);
  });
});
