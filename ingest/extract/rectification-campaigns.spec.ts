/** Nationwide rectification campaigns named by what they rectify (rectification-campaigns.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('rectification campaigns (rectification-campaigns.ts)', () => {
  it('reads what a body launches up to 专项整治', () => {
    expect(programs('某部在全国部署开展儿童玩具、文具质量安全专项整治，严查劣质产品。')).toEqual([
      '儿童玩具、文具质量安全专项整治',
    ]);
    expect(programs('某局深化“吃拿卡要”专项整治，整肃作风。')).toEqual(['吃拿卡要专项整治']);
  });
  it('reads a named problem before 综合治理', () => {
    expect(programs('六部门开展饮料违规添加问题综合治理，严厉打击。')).toEqual([
      '饮料违规添加问题综合治理',
    ]);
  });
  it('reads no campaign named by its scope or a field upkeep', () => {
    expect(programs('各地要深入开展重点领域专项整治。')).toEqual([]);
    expect(programs('某镇开展城乡环境综合治理。')).toEqual([]);
  });
});
