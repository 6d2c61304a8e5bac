/** Shapes of a phrase that names no trade (things34; invented strings). */
import { describe, expect, it } from 'vitest';
import { crossesWordStart, isSloganQuote } from './industry-shapes.ts';

describe('industry shapes, things34', () => {
  it('tells a sector read across a word start from one inside a single word', () => {
    // 以|光电子|信息产业: 电子信息 starts inside 光电子 and runs past it.
    expect(crossesWordStart('以光电子信息产业', 2, 6)).toBe(true);
    // 、|石油化工|等: 化工 lies inside the one word 石油化工, a kind of that trade.
    expect(crossesWordStart('、石油化工等', 3, 5)).toBe(false);
    expect(crossesWordStart('发展化工产业', 2, 4)).toBe(false);
  });
  it('reads a quote closed by a wish as a slogan, a chain of things as none', () => {
    expect(isSloganQuote('山货富')).toBe(true);
    expect(isSloganQuote('芯屏器核网')).toBe(false);
  });
});

describe('a complex’s own name before 产业综合体 (lstrat61-l)', () => {
  it('names no trade', async () => {
    const { entityNames } = await import('../../tests/kit/articles.ts');
    expect(entityNames('书记察看了金湾产业综合体一期项目。', 'industry')).toEqual([]);
  });
});
