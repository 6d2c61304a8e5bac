import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names by sight cut out of other words (word-fragments.ts)', () => {
  it('reads no surname in a doubled measure word after 一 (一张张亮丽的…)', () => {
    expect(names('小镇上一张张亮丽的笑脸迎接游客。')).toEqual([]);
  });
  it('reads no name at the opening of a quoted code ending in digits (“鲁蓬远渔…”)', () => {
    expect(names('渔政部门找到了失联的“鲁蓬远渔061”渔船。')).toEqual([]);
  });
  it('reads no name cut out of a phrase of the shape ABAC (方能善作善成)', () => {
    expect(names('唯有实干，方能善作善成。')).toEqual([]);
  });
});
