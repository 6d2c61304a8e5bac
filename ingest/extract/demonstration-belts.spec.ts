/**
 * A named programme's demonstration belt built (lstrat52-l, issue 13; invented sentence).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe("a named programme's demonstration belt", () => {
  it('names the belt built along with the programme', () => {
    expect(programs('县里推进乡村振兴示范片建设，带动周边村庄。')).toContain('乡村振兴示范片建设');
  });
});
