import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a speaker before a speech verb', () => {
  it('takes no name ending in 由 (from, by): it opens a phrase before the verb', () => {
    expect(names('当地，白鹭由发现之初的几十只增加到上千只。')).toEqual([]);
    expect(names('据王建国介绍，保护区已有上千只。')).toEqual(['王建国']);
  });
});
