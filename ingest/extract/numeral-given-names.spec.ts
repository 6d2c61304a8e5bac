import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a numeral ending a given name (numeral-given-names.ts)', () => {
  it('keeps the numeral of a name jieba holds whole before a name follower', () => {
    expect(people('主任阮小七在会上表示，工作要抓紧。')).toEqual(['阮小七']);
  });
  it('still reads a numeral and a measure word after a name as a count', () => {
    expect(people('主任陈震六次到村里调研。')).toEqual(['陈震']);
  });
});
