/**
 * A party study campaign named by a view to hold, its name joining two verbs with 和
 * (树立和践行正确政绩观学习教育: blind cctv27a, stop 42), is one programme; a list of two kinds of
 * training joined by 和 is none (carried-out.ts).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a study campaign named by a view (…观学习教育)', () => {
  it('is a programme, 和 between its two verbs included', () => {
    expect(programs('全省深入开展树立和践行正确政绩观学习教育。')).toEqual([
      '树立和践行正确政绩观学习教育',
    ]);
  });
  it('leaves kinds of training joined by 和 out', () => {
    expect(programs('各地开展安全学习教育和消防学习教育。')).toEqual([]);
  });
});
