/** Where an unquoted programme's name starts (program-extent.ts; lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a visit before the works visited', () => {
  it('starts the name after 调研 and its place', () => {
    expect(programs('市委副书记到城东调研古渠旅游通航工程。')).toEqual(['古渠旅游通航工程']);
  });
});
