/** Pieces read by sight that are no names (sight-pieces.ts), on invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('pieces of other things read by sight', () => {
  it('reads no man from a doctrine (马克思主义)', () => {
    expect(names('要建设朝气蓬勃的马克思主义执政党。')).toEqual([]);
  });
  it('reads no name from a zone named with a dot (某某·某某科技园)', () => {
    expect(names('据悉，德清·雷甸科技园是由镇政府联手打造的。')).toEqual([]);
  });
  it('reads no name cut from a four-character item of a list (、闻香识药、)', () => {
    expect(names('场馆推出中药科普、闻香识药、手工制作等体验活动。')).toEqual([]);
  });
  it('reads no name from inside a new word opening the clause (。依什杰告诉)', () => {
    expect(names('他是管护员。依什杰告诉我们，湖很大。')).not.toContain('什杰');
  });
  it('still reads a name in a list and after a full stop', () => {
    expect(names('会见了钱其琛、于有斌等人。王明告诉我们，好。')).toEqual([
      '钱其琛',
      '于有斌',
      '王明',
    ]);
    expect(names('出席的还有郑建邦、辜胜阻、黄宇光等。')).toContain('黄宇光');
  });
});
