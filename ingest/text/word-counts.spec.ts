import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { wordCounts } from './word-counts.ts';

// The Map the table replaced, read the same way (segmenter.ts before 2026-12-05).
function asMap(text: string, min: number, max: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [w, n] = line.split(' ');
    if (!w || !n) continue;
    if (w.length >= min && w.length <= max) m.set(w, Number(n));
  }
  return m;
}

describe('wordCounts', () => {
  // Invented lines: a repeated word (the later wins), no count, a double space, a count that is
  // not digits, a word too long, a last line without a newline.
  const text =
    '东湾 12 ns\n东湾 30 ns\n钟明 n\n西岭  7 n\n南坪 1e3 n\n南坪 8 n\n北港码头区 5 n\n湾 99 n\n' +
    '东港 12345678901 n\n 6 n\n岭\n港口 4';
  it('answers as a Map of the lines would', () => {
    const table = wordCounts(text, 1, 4);
    const m = asMap(text, 1, 4);
    for (const w of [
      '东湾',
      '钟明',
      '西岭',
      '南坪',
      '北港码头区',
      '湾',
      '东港',
      '岭',
      '港口',
      '港',
      '无此',
      '',
    ])
      expect(table.count(w), w).toBe(m.get(w) ?? 0);
    expect([table.count('东湾'), table.count('南坪'), table.count('东港')]).toEqual([
      30, 8, 12345678901,
    ]);
  });

  it("gives jieba's dictionary counts as the Map did, word for word", () => {
    const source = Buffer.from(dict).toString('utf8');
    const table = wordCounts(source, 1, 4);
    const m = asMap(source, 1, 4);
    let checked = 0;
    for (const [w, n] of m) {
      if (table.count(w) !== n) expect(table.count(w), w).toBe(n);
      checked++;
    }
    expect(checked).toBeGreaterThan(300_000);
    for (const w of ['东湾新区', '钟明远', '荆某某']) expect(table.count(w)).toBe(m.get(w) ?? 0);
  });
});
