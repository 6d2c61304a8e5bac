/**
 * One office printed with and without the county before its town in one story, for one holder
 * (local45, issue 11; story-posts.ts areaPrinted): one post node, the short form its alias.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, heldLabels, inventedArticle } from '../../tests/kit/articles.ts';

const story = (text: string) => [inventedArticle('a', text)];

describe('a town’s office printed with and without its county (story-posts.ts)', () => {
  it('is one post, the short form an alias', () => {
    const text = '石门县青山镇党委书记邝立强主持会议。会后，青山镇党委书记邝立强表示，要抓好落实。';
    expect(heldLabels(story(text))).toEqual(['邝立强|石门县青山镇党委书记']);
    expect(heldForms(story(text))).toContain('邝立强|青山镇党委书记');
  });
  it('keeps two towns’ offices apart', () => {
    const text = '石门县青山镇党委书记邝立强主持会议。绿水镇党委书记邝立强表示，要抓好落实。';
    expect(heldLabels(story(text)).sort()).toEqual([
      '邝立强|石门县青山镇党委书记',
      '邝立强|绿水镇党委书记',
    ]);
  });
});
