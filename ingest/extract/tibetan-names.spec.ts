import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('Tibetan names (tibetan-names.ts)', () => {
  it('reads 向巴 (a spelling of 强巴) as a name word in a list, not the preposition 向', () => {
    expect(names('出席的有王海明、向巴多吉、李春华等同志。')).toContain('向巴多吉');
  });
  it('reads every Tibetan name of a list after the first, the last before 等 or the predicate too', () => {
    const list = names('周海明、次仁卓嘎、多吉顿珠、丹增旺堆、李春华出席会议。');
    expect(list).toEqual(expect.arrayContaining(['次仁卓嘎', '多吉顿珠', '丹增旺堆']));
    expect(names('周海明、丹增旺堆出席会议。')).toContain('丹增旺堆');
    expect(names('周海明、次仁卓嘎、丹增旺堆等。')).toContain('丹增旺堆');
  });
});
