/**
 * The portfolios of a party committee (./committee-portfolios.ts), one table for the three
 * readers of a bare portfolio member's title: the committee before it in the chain
 * (portfolio-members.ts), the story's one town (posts-at-level.ts), its one street or zone
 * (chain-places.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { COMMITTEE_PORTFOLIOS, PORTFOLIO_MEMBER } from './committee-portfolios.ts';

describe('the portfolios of a party committee (committee-portfolios.ts)', () => {
  it('holds the six portfolios, 组织 and 宣传 first (the development sets print them)', () => {
    expect([...COMMITTEE_PORTFOLIOS].sort()).toEqual(
      ['组织', '宣传', '统战', '政法', '纪检', '武装'].sort(),
    );
    expect(PORTFOLIO_MEMBER.test('组织委员')).toBe(true);
    expect(PORTFOLIO_MEMBER.test('组织部长')).toBe(false);
    expect(PORTFOLIO_MEMBER.test('党委组织委员')).toBe(false);
  });
  it('gives a bare member the committee printed before it in the chain (each portfolio)', () => {
    for (const w of COMMITTEE_PORTFOLIOS)
      expect(holdsOf(`石桥镇召开会议。镇党委副书记、${w}委员韦成解读政策。`)).toContain(
        `韦成|石桥镇党委${w}委员`,
      );
  });
  it("gives a town's bare member the story's one town (镇纪检委员, 镇武装委员)", () => {
    for (const w of COMMITTEE_PORTFOLIOS)
      expect(holdsOf(`青禾镇召开推进会。镇${w}委员韦成作培训。`)).toEqual([`韦成|青禾镇${w}委员`]);
  });
  it("gives a street's chain with a member the story's one street (党工委委员、政法委员)", () => {
    for (const w of COMMITTEE_PORTFOLIOS)
      expect(
        holdsOf(
          `桂园街道召开大会。党工委副书记、办事处主任柏明远，党工委委员、${w}委员王小川出席。`,
        ),
      ).toContain(`王小川|桂园街道党工委${w}委员`);
  });
});
