/** Words read by sight as names where culture stories coordinate like with like (coordinated-words.ts). */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('things coordinated with things', () => {
  it('reads no name blended with a common noun (烟火与宋韵共鸣)', () => {
    expect(names('一场传统与时尚交织、烟火与宋韵共鸣的盛会。')).toEqual([]);
  });
  it('keeps a person after 与 where no blending verb follows', () => {
    expect(names('他与王小明交流。')).toEqual(['王小明']);
  });
});

describe('lists of four-character phrases', () => {
  it('reads no name cut out of a phrase of a list (骁马颂文、福马传韵等板块)', () => {
    expect(names('书展以骁马颂文、福马传韵等板块吸引读者。')).toEqual([]);
  });
  it('keeps a name after a title before a four-character name', () => {
    expect(names('委员王小明、欧阳晓华出席。')).toEqual(['王小明', '欧阳晓华']);
  });
});

describe('a list of names after a particle', () => {
  it('keeps a name of three after 是 before a name of four (是甲、乙)', () => {
    expect(names('山的那边，是曹雪芹、纳兰容若对西山的描写。')).toContain('曹雪芹');
  });
});
