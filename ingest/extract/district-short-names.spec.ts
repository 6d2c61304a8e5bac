/** The one index of districts' short names, by level, that place-reading rules ask. */
import { describe, expect, it } from 'vitest';
import { districtShortNames } from './places.ts';

describe('district short names', () => {
  it('lists the gazetteer’s short forms of the levels asked', () => {
    const cities = districtShortNames(['city', 'province'], false);
    expect(cities.has('郑州')).toBe(true);
    expect(cities.has('渝北')).toBe(false); // a district of Chongqing, not a city
    expect(districtShortNames('all', false).has('渝北')).toBe(true);
  });
  it('adds a name without its ending only when asked (蓬溪 for 蓬溪县)', () => {
    expect(districtShortNames('all', false).has('蓬溪')).toBe(false);
    expect(districtShortNames('all', true).has('蓬溪')).toBe(true);
    expect(districtShortNames(['city', 'province'], false).has('大同')).toBe(false);
  });
  it('builds each set once', () => {
    expect(districtShortNames('all', true)).toBe(districtShortNames('all', true));
  });
});
