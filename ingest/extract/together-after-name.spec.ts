import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('together after a name and places of sounds as subjects (people43)', () => {
  it('cuts 一 of 一起/一道/一同 off a name after 和/与 (和某某一起来到…)', () => {
    expect(names('记者和卓玛一起来到牧场，看望牧民。')).toEqual(['卓玛']);
  });
  it('reads no person in a place of sounds before 是 + a place’s head (…是该州的“北大门”)', () => {
    expect(names('波帕斯纳亚是该地区的“南大门”。')).toEqual([]);
    expect(names('阿夫杰耶夫卡是该州的“北大门”。')).toEqual([]);
  });
  it('keeps a person of sounds before 是 + an occupation or a title', () => {
    expect(names('卡里莫娃是当地的村医。')).toEqual(['卡里莫娃']);
    expect(names('托卡耶夫是哈萨克斯坦总统。')).toEqual(['托卡耶夫']);
  });
});
