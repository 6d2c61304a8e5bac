/** A title after a counted list (甲、乙等5位县直单位负责人), on invented sentences (counted-titles.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a list of names closed by 等N名 and a title', () => {
  it('gives each listed name the title, 代表 after it no part of the office', () => {
    expect(holdsOf('会上，柯明远等4名县直单位负责人代表作了交流发言。')).toEqual([
      '柯明远|县直单位负责人',
    ]);
    expect(holdsOf('柯明远、钟雨桐等5位县直单位负责人参加。')).toEqual([
      '柯明远|县直单位负责人',
      '钟雨桐|县直单位负责人',
    ]);
  });
  it('gives nothing where no title follows the count', () => {
    expect(holdsOf('柯明远等3名同志参加。')).toEqual([]);
  });
});
