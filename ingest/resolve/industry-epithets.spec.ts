/** Industries: an epithet of generation or era before a sector names the same sector (invented names). */
import { describe, expect, it } from 'vitest';
import { resolveSector } from './industries.ts';

describe('sector epithets', () => {
  it('reads 新一代 and 现代 before a known sector as that sector', () => {
    expect(resolveSector('新一代电子信息').name).toBe(resolveSector('电子信息').name);
    expect(resolveSector('现代食品').name).toBe(resolveSector('食品').name);
  });
});
