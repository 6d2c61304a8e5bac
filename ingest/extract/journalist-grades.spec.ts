/**
 * Journalism's professional titles (主任记者, 高级记者: occupations.txt) after a title shared in a
 * list: 副总编甲、主任记者乙 names 乙, and 主任 is not a title before a name 记者乙 (posts.ts
 * titleRunsOn: an occupation that spans the end of the title runs the title on). Invented.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const found = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((t) => t.label).join('/')]);

describe("a reporter's professional title", () => {
  it('reads the name after 主任记者, not 记者某某 after 主任', () => {
    const people = found('日前，某报社副总编冯刚、主任记者刘华一行二人来县采访。');
    expect(people.map(([n]) => n)).toEqual(['冯刚', '刘华']);
    expect(people.some(([, t]) => /主任$/.test(t!))).toBe(false);
  });
  it('still reads a 主任 before a name whose surname opens no occupation', () => {
    expect(found('会议由办公室主任记明远主持。').map(([n]) => n)).toEqual(['记明远']);
  });
});
