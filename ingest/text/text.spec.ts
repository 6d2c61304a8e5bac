import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';
import { canonicalName, chineseMarks, nameKey, normalizeText } from './normalize.ts';
import { splitSentences } from './sentences.ts';

const gb18030 = (s: string) => {
  // Node's TextEncoder only writes UTF-8; build GB18030 bytes from a known mapping of a few characters.
  const table: Record<string, number[]> = {
    重: [0xd6, 0xd8],
    庆: [0xc7, 0xec],
    市: [0xca, 0xd0],
    区: [0xc7, 0xf8],
    '。': [0xa1, 0xa3],
  };
  return Uint8Array.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('渝北区')).text).toBe('渝北区');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('渝北区')]);
    expect(decodeBytes(bom)).toEqual({ text: '渝北区', encoding: 'utf-8' });
  });
  it('detects GB18030', () => {
    expect(decodeBytes(gb18030('重庆市区。'))).toEqual({ text: '重庆市区。', encoding: 'gb18030' });
  });
  it('refuses empty, binary, UTF-16 and unknown encodings with a reason', () => {
    expect(() => decodeBytes(new Uint8Array(), 'a.txt')).toThrow(/a\.txt: empty file/);
    expect(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x00, 0x01]), 'b.txt')).toThrow(/binary/);
    expect(() => decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'c.txt')).toThrow(/UTF-16/);
    const latin1 = Uint8Array.from(
      [...'caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x6e, 0xe9]),
    );
    expect(() => decodeBytes(latin1, 'd.txt')).toThrow(/unknown encoding/);
  });
});

describe('normalizeText and names', () => {
  it('folds full-width letters and digits, keeps Chinese punctuation', () => {
    expect(normalizeText('２０２３年，ＧＤＰ\u3000增长')).toBe('2023年，GDP 增长');
  });
  it('reads half-width marks after Chinese as the Chinese marks, not between digits or Latin', () => {
    expect(chineseMarks('近日,县委书记林海峰,县长何振邦出席;会议指出:要抓好1,200亩。')).toBe(
      '近日，县委书记林海峰，县长何振邦出席；会议指出：要抓好1,200亩。',
    );
    expect(chineseMarks('Hello, world: 10:30')).toBe('Hello, world: 10:30');
    // the page keeps them as printed: evidence quotes the sentence as printed
    expect(normalizeText('近日,县委书记林海峰出席。')).toBe('近日,县委书记林海峰出席。');
  });
  it('pairs ASCII double quotes on a Chinese line as opening and closing marks', () => {
    expect(
      chineseMarks('坚持"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"的思路,开展"某某年"活动'),
    ).toBe('坚持“甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥”的思路，开展“某某年”活动');
    // An odd count leaves them as printed: which one closes is unknown.
    expect(chineseMarks('他说"好,"再见"')).toBe('他说"好，"再见"');
    expect(chineseMarks('say "hi" twice')).toBe('say "hi" twice');
  });
  it('reads a short quote closed by an opening mark, or opened by a closing one, as a quote', () => {
    // tail58: the second “ opened a quote to the end of the line; a ” before 两山 closed nothing.
    expect(chineseMarks('落实“三区“建设要求，县长某某出席。')).toBe(
      '落实“三区”建设要求，县长某某出席。',
    );
    expect(chineseMarks('县委常委、”两山”办主任')).toBe('县委常委、“两山”办主任');
    // A long or punctuated span is a quote of its own: left as printed.
    expect(chineseMarks('他说“要抓好各项工作，“两手抓”')).toBe('他说“要抓好各项工作，“两手抓”');
  });
  it('compares names across bracket widths and quotes', () => {
    expect(nameKey('西部（重庆）科学城')).toBe(nameKey('西部(重庆)科学城'));
    expect(canonicalName('“满天星”行动')).toBe('满天星行动');
  });
  it('prints one dash between the years of a span (pjunk59)', () => {
    expect(canonicalName('《某某工程实施方案（2023─2035年）》')).toBe(
      '某某工程实施方案(2023—2035年)',
    );
    expect(canonicalName('某某规划(2024-2050年)')).toBe('某某规划(2024-2050年)');
  });
});

describe('splitSentences', () => {
  it('keeps offsets and closing quotes with their sentence', () => {
    const text = '“这是我们的机会！”他说。明年再看；好吗？';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['“这是我们的机会！”', '他说。', '明年再看；', '好吗？']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('decodeBytes for web pages', () => {
  it('reads a page declaring GB2312 as GB18030, and a re-encoded page saved as UTF-8 as UTF-8', () => {
    // symbols, not Han: only the declaration says this is GBK
    const ascii = (t: string) => [...t].map((c) => c.charCodeAt(0));
    // ★☆→←§№ in GBK
    const symbols = [0xa1, 0xef, 0xa1, 0xee, 0xa1, 0xfa, 0xa1, 0xfb, 0xa1, 0xec, 0xa1, 0xed];
    const gbk = Uint8Array.from([
      ...ascii('<meta charset="gb2312"><p>'),
      ...symbols,
      ...ascii('</p>'),
    ]);
    expect(decodeBytes(gbk, 'p.htm', true)).toEqual({
      text: '<meta charset="gb2312"><p>★☆→←§№</p>',
      encoding: 'gb18030',
    });
    expect(() => decodeBytes(gbk, 'p.txt')).toThrow(/unknown encoding/);
    const utf8Page = new TextEncoder().encode('<meta charset="gb2312"><p>青禾县召开大会</p>');
    expect(decodeBytes(utf8Page, 'q.htm', true)).toEqual({
      text: '<meta charset="gb2312"><p>青禾县召开大会</p>',
      encoding: 'utf-8',
    });
  });
});
