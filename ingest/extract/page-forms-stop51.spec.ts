/**
 * People and posts the lead's round of stop 51 found missed or wrong on real pages and transcripts.
 * Invented sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('titles around lists of names', () => {
  it("gives a list item printed with its own title after it that title, not the list's (appointments.ts)", () => {
    expect(holdsOf('市委书记王建国、张华市长出席。')).toEqual([
      '张华|市长',
      '王建国|市委书记',
    ]);
    expect(holdsOf('副县长王建国、刘明、张华出席。')).toEqual([
      '刘明|副县长',
      '张华|副县长',
      '王建国|副县长',
    ]);
  });
});
