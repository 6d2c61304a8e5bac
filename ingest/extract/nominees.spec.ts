import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences: a nominee is printed as a candidate is, after the office and 提名人选.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('nominees (occupations.txt 人选, 提名人选)', () => {
  it('reads the name after 提名人选 though its given name is a word (副市长提名人选某某)', () => {
    expect(names('会议通过了副市长提名人选栗文书。')).toEqual(['栗文书']);
    expect(names('副市长提名人选高峰作了表态发言。')).toEqual(['高峰']);
  });
  it('reads no name from 人选 as a noun (合适人选)', () => {
    expect(names('各地要选好人选，把好关。')).toEqual([]);
  });
});
