import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names after an occupation of the arts', () => {
  it('reads a foreign name jieba holds as a person after 画家 (画家某某的名画)', () => {
    expect(names('基金会以高价买下了荷兰画家伦勃朗的名画。')).toEqual(['伦勃朗']);
  });
  it('reads no name where jieba holds none after 导演 (导演|中某某)', () => {
    expect(names('在国内导演中柯平是一位慢工出细活的能手。')).not.toContain('中柯平');
  });
});
