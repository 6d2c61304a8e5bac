/**
 * A democratic party's central committee printed by its short name and by its full name is one
 * body, and an office in it one office (things39, issue 13). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldLabels, inventedArticle } from '../../tests/kit/articles.ts';

describe("democratic parties' short and full names (things39)", () => {
  it('gives 中国农工民主党中央委员会主席 the label 农工党中央主席', () => {
    const a = inventedArticle('a', '全国政协副主席、农工党中央主席王海平出席会议。');
    const b = inventedArticle('b', '中国农工民主党中央委员会主席王海平在会上讲话。');
    expect(heldLabels([a, b])).toEqual(['王海平|全国政协副主席', '王海平|农工党中央主席']);
  });
});
