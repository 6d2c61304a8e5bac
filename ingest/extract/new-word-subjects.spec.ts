import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a surname and a rare character read as a new word, opening a clause', () => {
  it('is the subject before an adverb (，某珩还向…, ，某昶也拿出…)', () => {
    expect(names('会议结束后，杨珩还向来宾展示了新产品。')).toEqual(['杨珩']);
    expect(names('展览开幕当天，黄昶也拿出了三幅旧作。')).toEqual(['黄昶']);
  });
  it('is a name after 和 or 的 too (某某和某昶的…)', () => {
    expect(names('警方发现了王立和黄昶的行李。')).toContain('黄昶');
  });
  it('leaves an honorific, a family and a dictionary word alone', () => {
    expect(names('侯老就是怀着这样的信念工作的。')).toEqual([]);
    expect(names('村里，张家也是如此。')).toEqual([]);
    expect(names('，王府井是购物中心。')).toEqual([]);
  });
});
