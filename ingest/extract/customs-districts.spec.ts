/**
 * Districts on cctv22x's kinds (orgpost20, issue 13; invented sentences): a customs district named
 * after its customs house is no county-level district.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

describe('a customs district (关区)', () => {
  it('reads 某某关区 after its 某某海关 as the customs district, not the 北关区 inside it', () => {
    expect(entityNames('据江北海关统计，经江北关区进出口的货物增长两成。', 'district')).toEqual([]);
  });
  it('keeps the district where no customs house of that name is printed', () => {
    expect(entityNames('河南安阳市北关区今年新建学校5所。', 'district')).toContain('北关区');
  });
});
