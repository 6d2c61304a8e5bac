import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a grove entering its viewing season is no person (people44)', () => {
  it('reads no person in a tree’s grove that enters or meets its viewing season', () => {
    expect(names('深秋时节，河畔的胡杨林进入最佳观赏期。')).toEqual([]);
    expect(names('在沙漠边缘，这里的胡杨林也迎来了最佳观赏期。')).toEqual([]);
  });
});
