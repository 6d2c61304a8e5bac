import { describe, expect, it } from 'vitest';
import { gazetteer } from './index.ts';

describe('country-short.txt', () => {
  const g = gazetteer();
  it('maps one character to a country of countries.txt, or to nothing where it stands for several', () => {
    expect(g.countryShort.size).toBeGreaterThan(15);
    for (const [c, full] of g.countryShort) {
      expect([...c]).toHaveLength(1);
      if (full !== null) {
        expect(g.countries.has(full), full).toBe(true);
        expect(full.startsWith(c), `${c} ${full}`).toBe(true);
      }
    }
    expect(g.countryShort.get('俄')).toBe('俄罗斯');
    expect(g.countryShort.get('巴')).toBeNull(); // 巴基斯坦, 巴勒斯坦, 巴西
  });
});
