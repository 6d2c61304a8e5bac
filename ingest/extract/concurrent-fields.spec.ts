/**
 * 兼 before a ministry named by a list of fields (post-clauses.ts CLAUSE_BEFORE: 与 of the last
 * field is no clause's end), and a minister of state's rank, which the title after 兼 leaves
 * (posts.ts STATE_RANK). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('titles after 兼', () => {
  it('keeps a ministry whose fields are listed with 、 and joined by 与', () => {
    expect(
      holdsOf('加纳国务部长兼渔业、海洋资源与水产养殖部长库阿西表示，关税将带来冲击。'),
    ).toEqual(['库阿西|加纳国务部长', '库阿西|加纳渔业、海洋资源与水产养殖部长']);
  });
  it("gives the title after 兼 the country, not the minister of state's rank", () => {
    expect(holdsOf('加纳国务部长兼农业部长库阿西表示，关税将带来冲击。')).toEqual([
      '库阿西|加纳农业部长',
      '库阿西|加纳国务部长',
    ]);
  });
  it('still ends a clause at 与 before a title (a meeting)', () => {
    expect(holdsOf('国家主席王建国与某国外交部长库阿西会谈。')).toEqual([
      '库阿西|某国外交部长',
      '王建国|国家主席',
    ]);
  });
});
