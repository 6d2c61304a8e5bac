/** Japanese names and ministers' titles after a title of Japan's (japanese-names.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((q) => q.label)]);

describe('a Japanese given name of three ending in 郎', () => {
  it('reads the five characters whole, though the segmenter cuts the given name into words', () => {
    expect(people('日本首相小泉进太郎表示反对。')).toEqual([['小泉进太郎', ['日本首相']]]);
  });
  it('reads them whole over a surname reading of the family name (石田 as 石 + 田)', () => {
    expect(people('日本外相石田健次郎表示。')).toEqual([['石田健次郎', ['日本外相']]]);
  });
});

describe("Japan's ministers as news prints them (X相)", () => {
  it('takes 防卫相 and 经济产业相 as titles, their holders as people', () => {
    expect(people('日本防卫相中村一郎表示反对。')).toEqual([['中村一郎', ['日本防卫相']]]);
    expect(people('日本经济产业相石田健次郎表示。')).toEqual([['石田健次郎', ['日本经济产业相']]]);
  });
  it('still reads no person from 相 in ordinary words', () => {
    expect(people('真相终于大白，双方互相支持。')).toEqual([]);
    expect(people('加强财务相关工作，增加防卫相关预算。')).toEqual([]);
  });
});

describe("five characters jieba's dictionary holds whole as a person's (nr)", () => {
  // The sentence is invented; the name must be a dictionary entry (jieba's, a former premier's),
  // which no invented name is.
  it('reads them whole after a title of Japan (日本前首相某某某某某发文)', () => {
    expect(people('日本前首相鸠山由纪夫发文批评。').map(([name]) => name)).toEqual(['鸠山由纪夫']);
  });
});

describe('a Japanese given name of two ending in 郎 (people61)', () => {
  // jieba's dictionary holds 太郎 and 二郎 as words (n, nrt), never as unknown (x) as the
  // four-character shape wanted its given name.
  it('reads the four characters after a title of Japan before a time word', () => {
    expect(people('日本农林水产大臣赤间太郎当天称，反对。')).toEqual([
      ['赤间太郎', ['日本农林水产大臣']],
    ]);
  });
});
