/**
 * Industries (ind61-a, issue 13; invented sentences): the energy trades of GB/T 4754 (coal mining,
 * oil and gas extraction, nuclear power) listed as fields of cooperation are sectors; the fuel as a
 * good (its reserves) is none.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('energy trades (ind61-a)', () => {
  it('reads 煤炭、天然气、核能等领域 as three sectors', () => {
    expect(industries('双方回顾了煤炭、天然气、核能等领域合作情况。')).toEqual([
      '天然气',
      '核能',
      '煤炭',
    ]);
  });
  it('takes a use of a fuel (和平利用核能) for no sector', () => {
    expect(industries('双方将开拓航空航天、数字经济、和平利用核能等新领域。')).toEqual([
      '数字经济',
      '航空航天',
    ]);
  });
  it('takes the reserves of a fuel for no sector', () => {
    expect(industries('该国石油、天然气储量丰富。')).toEqual([]);
  });
});
