/**
 * A group of people counted by a measure word is no person (pjunk57, issue 13, from the people
 * junk of the development annotation prog54-a; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a counted group (false-names.ts countedGroup)', () => {
  it('reads no person before 代表 in a story that counts the same two characters', () => {
    expect(people('上百名师生列队迎接，师生代表向客人献上鲜花。')).toEqual([]);
  });
  it('keeps a deputy whom no count precedes', () => {
    expect(people('会上，王建国代表说，要把实事办好。')).toContain('王建国');
  });
});
