import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

// Invented sentences (issue 11, lpeople61): a rare surname and a word-like given name in a roll.
describe('the name slot of a roll of titled names (title-name-slot.ts rollSlotName)', () => {
  it('reads the pair between a title and the next title as the first title’s holder', () => {
    const text = '县委书记周立明、县长强健、县委常委、副县长袁成松等出席活动。';
    expect(names(text)).toContain('强健');
    expect(holdsOf(text)).toContain('强健|县长');
    expect(names('县长强健，县委常委、副县长袁成松参加调研。')).toContain('强健');
  });
  it('reads no name in a verb or an adverb after the title, nor in a noun', () => {
    expect(names('县长强调，副县长要抓好落实。')).toEqual([]);
    expect(names('组长单位、副组长单位要各负其责。')).toEqual([]);
  });
});
