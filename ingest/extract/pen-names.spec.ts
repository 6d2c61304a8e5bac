/** Commentary signatures (pen-names.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a collective pen name signing a commentary', () => {
  it('is no person between a paper or 发表 and 文章', () => {
    expect(names('明天出版的光明日报将发表任安平文章，题目是《奋进》。')).toEqual([]);
    expect(names('光明日报任安平文章：奋进新征程')).toEqual([]);
  });
  it('keeps an author whose article is signed with a word between', () => {
    expect(names('光明日报发表周立科署名文章。')).toEqual(['周立科']);
  });
});
