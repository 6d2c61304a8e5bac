import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

// Invented sentences: a run of parallel phrases sharing a one-character verb (parallel-phrases.ts).
describe('parallel phrases read as a list of names', () => {
  it('reads 管某某、管某某、管某某 as phrases, no names', () => {
    expect(names('这些原则都是管根本、管方向、管长远的，必须坚持。')).toEqual([]);
  });
  it('leaves a list of people sharing a surname to the name rules', () => {
    expect(names('会上，王建国、王建军、王建华先后发言。')).toContain('王建华');
  });
});
