/** A party education campaign named by the view it instils (view-campaigns.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a campaign named by a view (view-campaigns.ts)', () => {
  it('reads the campaign whose name joins two verbs of holding a view', () => {
    expect(programs('全县党员干部要扎实抓好树立和践行正确政绩观学习教育，力戒形式主义。')).toEqual([
      '树立和践行正确政绩观学习教育',
    ]);
  });
  it('reads no view that is not a campaign', () => {
    expect(programs('干部要树立正确政绩观，多为群众办实事。')).toEqual([]);
  });
});
