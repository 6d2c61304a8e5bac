import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('但 opening a clause before a speaker (clause-but.ts)', () => {
  it('reads 但 as "but" before a pronoun, not as a surname (但他表示)', () => {
    expect(names('有关负责人介绍了进展，但他坦言，困难仍然不少。')).toEqual([]);
    expect(names('这很遗憾，但我认为还有希望。')).toEqual([]);
  });
  it('reads the speaker after 但 as the name (。但某某表示)', () => {
    expect(names('价格一直上涨。但柳青表示，明年会有回落。')).toEqual(['柳青']);
  });
  it('keeps 但 as a surname where one character is left after it (但斌表示)', () => {
    expect(names('会上，但斌表示，市场前景很好。')).toEqual(['但斌']);
  });
});
