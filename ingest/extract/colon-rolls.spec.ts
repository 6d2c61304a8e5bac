/** A roll printed as post, colon, name (colon-rolls.ts): invented rolls and names. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a roll of offices printed as post, colon, name (tail58)', () => {
  it('gives each name the post before its colon, a name glued to the next post included', () => {
    expect(holdsOf('东城区委书记:王海东城区代区长:刘春生\n西城区委书记：高立新')).toEqual([
      '刘春生|东城区代区长',
      '王海|东城区委书记',
      '高立新|西城区委书记',
    ]);
  });
  it('reads no post from a credit, a date or a speech after a name', () => {
    expect(holdsOf('作者：王建国')).toEqual([]);
    expect(holdsOf('时间：2024年3月5日')).toEqual([]);
    expect(holdsOf('县委书记王建国：要抓好各项工作。')).toEqual(['王建国|县委书记']);
  });
});
