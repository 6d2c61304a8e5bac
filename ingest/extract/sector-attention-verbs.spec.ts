/**
 * A leader's verbs of attention and approval before a sector (高度重视…产业, 充分肯定…产业: blind
 * blocal-d, stop 42) are no part of its name (industries.ts LEADING_VERB).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('a verb of attention or approval before 产业', () => {
  it('is cut off the sector', () => {
    expect(industries('企业要高度重视矿业产业发展工作，做好长远规划。')).toEqual(['矿业']);
    expect(industries('会议充分肯定全县矿业产业取得的成效。')).toEqual(['矿业']);
  });
});
