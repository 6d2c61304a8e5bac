import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a greeting frame after a pause (people.ts afterPreposition)', () => {
  it('reads 向 as the preposition before a titled name when a greeting verb closes the clause', () => {
    expect(names('会谈结束时，向米京总统和某国人民致以诚挚祝贺。')).toEqual(['米京']);
    expect(names('代表团表示，向华京总统转达诚挚问候。')).toEqual(['华京']);
  });
});
