import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('where a name after a title ends (people42)', () => {
  it('takes the ending 先科 of a Slavic name into it (部长某卢先科称)', () => {
    expect(names('据报道，该国能源部长马卢先科称，电网运行稳定。')).toEqual(['马卢先科']);
  });
  it('leaves the preposition 以 before a score out of a player’s name (选手某某以18:17)', () => {
    expect(names('中国选手刘宜泽以3:1获胜。')).toEqual(['刘宜泽']);
  });
});

describe('a Slavic ending after a name the surname reader cut', () => {
  it('reads the whole name up to 科夫 or 诺娃 (外长阿昆别|科夫表示)', () => {
    expect(names('外长阿昆别科夫表示，愿意合作。')).toEqual(['阿昆别科夫']);
    expect(names('部长阿昆别诺娃称，将加强合作。')).toEqual(['阿昆别诺娃']);
  });
});
