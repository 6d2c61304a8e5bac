/**
 * A gazetteer strategy held to or carried out with 战略 left off (坚持创新驱动发展，): that strategy;
 * after a verb of direction (推动, 推进) or before a noun it is none. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a strategy held to without 战略', () => {
  it('reads 坚持/深化 and the stem before a pause as the strategy', () => {
    expect(programs('东岭省坚持创新驱动发展，聚力打造科创平台。')).toEqual(['创新驱动发展战略']);
    expect(programs('要深化创新驱动发展，深入挖掘内需潜力。')).toEqual(['创新驱动发展战略']);
  });
  it('reads no strategy after a verb of direction or before a noun', () => {
    expect(programs('东岭推动创新驱动发展示范区建设。')).toEqual([]);
    expect(programs('助力推动区域协调发展。')).toEqual([]);
    expect(programs('西岭坚持创新驱动发展方向不动摇。')).toEqual([]);
  });
});
