import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { dictionaryCounts, isSorted } from './sorted-counts.ts';
import { wordCounts } from './word-counts.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('dictionaryCounts', () => {
  // Invented sorted lines: a repeated word (the later count wins, a later line without a count
  // does not), no count, a double space, a count that is not digits, a word too long, a count of
  // eleven digits, a last line without a newline.
  const sorted =
    '东港 12345678901 n\n东湾 12 ns\n东湾 30 ns\n东湾\n北港码头区 5 n\n南坪 1e3 n\n岭\n' +
    '港口 4 n\n湾 99 n\n西岭  7 n\n钟明 n\n钟明远 6';
  const words = ['东港', '东湾', '北港码头区', '南坪', '岭', '港口', '湾', '西岭', '钟明'];
  const others = ['钟明远', '港', '东', '无此', '', '东湾新', '\ud800', '𠀀'];

  it('searches sorted lines, answering as the table does', () => {
    const counts = dictionaryCounts(bytes(sorted), 1, 4);
    const table = wordCounts(sorted, 1, 4);
    expect(counts.sorted).toBe(true);
    for (const w of [...words, ...others]) expect(counts.count(w), w).toBe(table.count(w));
    expect([counts.count('东湾'), counts.count('南坪'), counts.count('东港')]).toEqual([
      30, 1000, 12345678901,
    ]);
  });

  it('falls back to the table when the lines are not sorted or a word is empty', () => {
    for (const text of ['湾 9 n\n东湾 3 n\n', '东湾 3 n\n 6 n\n湾 9 n\n', '东湾 3 n\n\n湾 9 n\n']) {
      expect(isSorted(bytes(text)), text).toBe(false);
      const counts = dictionaryCounts(bytes(text), 1, 4);
      expect(counts.sorted).toBe(false);
      expect([counts.count('东湾'), counts.count('湾')]).toEqual([3, 9]);
    }
  });

  it("reads jieba's dictionary sorted, with the table's count for every word", () => {
    const counts = dictionaryCounts(dict, 1, 4);
    expect(counts.sorted).toBe(true);
    const source = Buffer.from(dict).toString('utf8');
    const table = wordCounts(source, 1, 5);
    let checked = 0;
    for (const line of source.split('\n')) {
      const w = line.slice(0, line.indexOf(' '));
      const want = w.length <= 4 ? table.count(w) : 0;
      if (counts.count(w) !== want) expect(counts.count(w), w).toBe(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(340_000);
    for (const w of ['东湾新区', '钟明远', '荆某某']) expect(counts.count(w)).toBe(table.count(w));
  });
});
