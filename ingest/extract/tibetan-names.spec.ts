import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('Tibetan names (tibetan-names.ts)', () => {
  it('reads 向巴 (a spelling of 强巴) as a name word in a list, not the preposition 向', () => {
    expect(names('出席的有王海明、向巴多吉、李春华等同志。')).toContain('向巴多吉');
  });
});
