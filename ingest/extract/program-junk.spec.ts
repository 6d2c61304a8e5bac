/** Programs: clause words, counts and fragments are not part of a program's name (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaign names that open with a verb', () => {
  it('leaves a modal or a subject before the opening verb out of the name', () => {
    expect(programs('会议要求，要抓紧抓细深入贯彻中央八项规定精神学习教育后续工作。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
    expect(programs('甲市、乙县深入贯彻中央八项规定精神学习教育，坚持问题导向。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
  });
});
