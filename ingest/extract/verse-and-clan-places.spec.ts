/** Set phrases, verse lines and clans' places read by sight (verse-and-clan-places.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('shapes of culture stories that are no names', () => {
  it('reads no name in a four-character phrase repeating a character (乐教善教)', () => {
    expect(names('学校倡导乐教善教，')).toEqual([]);
  });
  it('reads no name inside a line of a couplet of seven characters', () => {
    expect(names('他说：“沉舟侧畔千帆过，病树前头万木春。”')).toEqual([]);
  });
  it("reads no name in a clan's lane (丁家巷), and keeps names in a list", () => {
    expect(names('沿着丁家巷往里走，')).toEqual([]);
    expect(names('会上，张小明、李大伟、王小红发言。')).toContain('张小明');
  });
});

describe('clauses of news of the same length', () => {
  it('keeps names in two unquoted clauses of five or seven characters', () => {
    expect(names('在全部获奖者中，王海涛所得最多，')).toEqual(['王海涛']);
    expect(names('我叫孙建平，今年四十岁。')).toEqual(['孙建平']);
  });
});
