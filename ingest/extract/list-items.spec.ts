import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) =>
  findPeople(text, startsWithPlace)
    .map((p) => p.name)
    .sort();

// Invented sentences: the items of a list of names read by sight (name-lists.ts, false-names.ts).
describe('items of a list of names', () => {
  it('reads an item of four characters opened by a two-character surname, and the items after it', () => {
    const text = '周海平、孙立民、钱文斌、欧阳光高、郑一鸣等委员作大会发言。';
    expect(names(text)).toEqual(expect.arrayContaining(['欧阳光高', '郑一鸣']));
  });
  it('keeps the last item before 等 and a count of titled people (某某等6位常委作…)', () => {
    const text = '周海平、孙立民、钱文斌、郑一鸣、吴德明等5位常委作大会发言。';
    expect(names(text)).toContain('吴德明');
  });
});

describe('items after a name only the role lists found (people.ts laterListItems)', () => {
  it('reads the items after an item whose given name is a word (宋建国), a rare surname (和) too', () => {
    const text = '市政协副主席王虎贤、张望、宋建国、和惠敏一同考察。';
    expect(names(text)).toEqual(expect.arrayContaining(['宋建国', '和惠敏']));
  });
});
