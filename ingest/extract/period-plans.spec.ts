/** A field's plan of a five-year period printed without 《》 (period-plans.ts; blind cctv27a). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a quoted period then a field and 规划', () => {
  it('is one named plan, whatever follows it', () => {
    expect(programs('编制“十五五”海洋经济发展规划，加大支持力度。')).toEqual([
      '十五五海洋经济发展规划',
    ]);
    expect(programs('国家“十四五”石油天然气发展规划重点项目成功通气。')).toEqual([
      '十四五石油天然气发展规划',
    ]);
  });
  it('is the same plan as the one printed in 《》', () => {
    expect(programs('国务院印发《“十四五”数字经济发展规划》。')).toEqual(
      programs('我国“十四五”数字经济发展规划提出新的目标。'),
    );
  });
  it('leaves kinds of plans and clauses of the period out', () => {
    expect(programs('各地编制“十五五”专项规划和实施方案。')).toEqual([]);
    expect(programs('“十五五”期间加快编制规划。')).toEqual([]);
  });
});
