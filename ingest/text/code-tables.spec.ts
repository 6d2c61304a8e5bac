import { describe, expect, it } from 'vitest';
import { codeTest, firstCodes, firstPairs, pairStartsIn } from './code-tables.ts';

// Invented sentences; every answer is compared with the string test each table stands for.
const TEXT = '甲市某主任说：“乙总统和丙首相（女）、丁同志今天会见了客人。”\n𠀋字 A1　１２三';

describe('codeTest', () => {
  const classes = [
    /[，、；。：！？“”‘’（）《》\s]/,
    /[0-9０-９一二三四五六七八九十百千万亿两几]/,
    /\p{Script=Han}/u,
    /[A-Za-z]/,
  ];
  it('answers as the RegExp on text[k], inside the text and off it', () => {
    for (const re of classes) {
      const test = codeTest(re);
      // Twice over: the second pass reads the kept answers.
      for (const round of [1, 2])
        for (let k = -2; k <= TEXT.length + 1; k++)
          expect(test(TEXT, k), `${re} at ${k}, round ${round}`).toBe(re.test(TEXT[k]!));
    }
  });

  it('refuses a RegExp that keeps state between tests', () => {
    expect(() => codeTest(/[甲乙]/g)).toThrow();
    expect(() => codeTest(/[甲乙]/y)).toThrow();
  });
});

describe('firstCodes', () => {
  it('marks the first code unit of each word, none for an empty word', () => {
    const table = firstCodes(['总统', '首相', '']);
    const marked = [...table.keys()].filter((c) => table[c] === 1);
    expect(marked.map((c) => String.fromCharCode(c)).sort()).toEqual(['总', '首'].sort());
  });
});

describe('pairStartsIn', () => {
  const titles = ['总书记', '总统', '首相', '同志'];
  /** What leader-titles.ts asked before: does any title's first two characters start here? */
  const byStrings = (text: string, from: number, to: number) => {
    for (let p = from; p < to; p++)
      if (titles.some((t) => p >= 0 && p + 1 < text.length && text.startsWith(t.slice(0, 2), p)))
        return true;
    return false;
  };
  it('finds a pair as the strings do, in every window, past the end too', () => {
    const table = firstPairs(titles);
    for (let from = -1; from <= TEXT.length + 1; from++)
      for (const width of [1, 3, 6])
        expect(pairStartsIn(table, TEXT, from, from + width), `${from}+${width}`).toBe(
          byStrings(TEXT, from, from + width),
        );
  });

  it('refuses a word of one character (its pair would match past every end)', () => {
    expect(() => firstPairs(['总统', '首'])).toThrow();
  });
});
