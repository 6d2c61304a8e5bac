/** An everyday word after an occupation or a title is no name (titled-words.ts). */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('an everyday word after an occupation', () => {
  it('reads 智慧 after 匠人 as the word, not a name under a character seldom a surname', () => {
    expect(names('这门手艺凝聚着匠人智慧与山乡灵气，代代相传。')).toEqual([]);
  });
  it('keeps a leader whose name is also a word (汪洋) and a sure surname (高峰)', () => {
    expect(names('全国政协主席汪洋出席。')).toEqual(['汪洋']);
    expect(names('主任高峰出席会议。')).toEqual(['高峰']);
  });
});
