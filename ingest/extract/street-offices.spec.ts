/**
 * A street's office printed bare after the street's party title (issue 11, local47): the story
 * names one street, and its 办事处 is that street's government. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const story = '公园街道党工委召开会议。';

describe("a bare 办事处主任 after a street's party title (posts-at-level.ts BARE_STREET_OFFICE)", () => {
  it('places the office at the street the story names', () => {
    expect(
      holdsOf(`${story}区人大常委会副主任王立群；街道党工委副书记、办事处主任陈晓东参加。`),
    ).toEqual([
      '王立群|区人大常委会副主任',
      '陈晓东|公园街道党工委副书记',
      '陈晓东|公园街道办事处主任',
    ]);
  });
  it('keeps the bare printed form as the office’s alias', () => {
    const text = `${story}街道党工委副书记、办事处主任陈晓东出席。`;
    expect(heldForms([inventedArticle('a', text)])).toContain('陈晓东|办事处主任');
  });
  it('leaves an office of a province in the capital its own (驻京办事处)', () => {
    expect(holdsOf(`${story}某省驻京办事处主任陈晓东出席。`)).toEqual([
      '陈晓东|某省驻京办事处主任',
    ]);
  });
});
