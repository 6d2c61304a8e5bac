/** A verb of posture glued to a name's end (posture-verb-ends.ts), invented sentences (people61). */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a verb of posture or dwelling after a name and before 在, 进 or 到', () => {
  it('ends the name before the verb (村民某某住在…, 居民某某住进…)', () => {
    expect(names('村民李明住在山上。')).toEqual(['李明']);
    expect(names('居民张伟住进了新房。')).toEqual(['张伟']);
  });
  it('keeps a given name of two before 在 alone (村民王志坚在田里)', () => {
    expect(names('村民王志坚在田里劳作。')).toEqual(['王志坚']);
  });
});
