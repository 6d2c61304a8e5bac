/**
 * The child named after a kinship word of written style (之子, 之孙), in a list of guests
 * (people58-a, issue 11). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name after 之子 or 之孙 (kin-names.ts)', () => {
  it('reads a Chinese, a Japanese and a dotted name closed by a pause', () => {
    const found = people(
      '座谈会邀请了国际友人，老战士中村清之子小林阳吉，法国医生马丁之子马石涛，' +
        '某国元帅瓦·伊·布林可夫之孙尼·弗·布林可夫，介绍有关情况。',
    );
    expect(found).toEqual(expect.arrayContaining(['小林阳吉', '马石涛', '尼·弗·布林可夫']));
  });
  it('reads no person in words that hold 之子 (总之子女, 天之骄子)', () => {
    expect(people('总之子女教育要抓好，他们都是天之骄子。')).toEqual([]);
  });
});
