import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a past head marked 时任 in a sentence with no country (former-heads.ts)', () => {
  it("takes the office of the story's one foreign state", () => {
    expect(
      holdsOf('文章回顾了中泰两国友好交往，泰国人民深情厚谊。面对洪灾，时任首相阿卜杜拉专程访华。'),
    ).toEqual(['阿卜杜拉|泰国首相']);
  });
  it('takes it where a later clause of the sentence names the state', () => {
    expect(holdsOf('面对洪灾，时任首相阿卜杜拉专程访华，中国派出救援队驰援泰国。')).toEqual([
      '阿卜杜拉|泰国首相',
    ]);
  });
  it("takes none where the title's clause names the state after it (the state visited)", () => {
    expect(holdsOf('文章回顾了两国友好交往。面对洪灾，时任首相阿卜杜拉专程访问泰国。')).toEqual([]);
  });
  it('takes none where the story names no foreign state', () => {
    expect(holdsOf('面对洪灾，时任首相阿卜杜拉专程访华。')).toEqual([]);
  });
});
