/**
 * Districts (indu44, issue 13): a district's short form after a surname, one item of a list of
 * people, is a given name, no place. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const districts = (text: string) => entityNames(text, 'district');

describe('short forms inside listed names (indu44)', () => {
  it('reads surname + short form in a list of people as a name', () => {
    expect(districts('张立新、吴秀兰、李汉中等8人获评优秀教师。')).toEqual([]);
  });
  it('keeps the short form in a list of places', () => {
    expect(districts('宝鸡、汉中、延安等地迎来降雨。')).toEqual(['宝鸡市', '延安市', '汉中市']);
  });
});
