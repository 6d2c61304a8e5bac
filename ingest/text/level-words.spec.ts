/** The one table of level words (./level-words.ts) and the sets the rules read of it. */
import { describe, expect, it } from 'vitest';
import {
  CITY_TO_COUNTY,
  COUNTY_AND_ABOVE,
  GOVERNMENT_LEVELS,
  PROVINCE_TO_COUNTY,
  levelClass,
} from './level-words.ts';

describe('level words', () => {
  it('builds a class of the named levels only', () => {
    expect(new RegExp(`^${levelClass(CITY_TO_COUNTY)}委`).test('县委书记')).toBe(true);
    expect(new RegExp(`^${levelClass(CITY_TO_COUNTY)}委`).test('省委书记')).toBe(false);
  });
  it('refuses a character that is no level word', () => {
    expect(() => levelClass('省部')).toThrow('部: not a level word');
  });
  it('nests its sets: a wider set holds the narrower ones', () => {
    for (const c of PROVINCE_TO_COUNTY) expect(COUNTY_AND_ABOVE).toContain(c);
    for (const c of COUNTY_AND_ABOVE) expect(GOVERNMENT_LEVELS).toContain(c);
  });
});
