import { describe, expect, it } from 'vitest';
import { isCommonWord, segment, segmenter } from './segmenter.ts';

// segment() answers from cut plus word tags learnt from earlier tag calls: it must give jieba's
// own tag answer whatever it has seen before (invented text; names, numbers, Latin, spaces).
const TEXTS = [
  '东湾新区管委会主任钟明远表示，将加快发展。',
  '钟明远在东湾新区调研COVID-19防控和5G基站建设，投资3.5亿元。',
  '记者 甄某某 荆某 报道',
  '东湾新区',
  '',
];

describe('segment', () => {
  for (const hmm of [true, false])
    it(`equals jieba's tag (hmm ${hmm}), first seen or not`, () => {
      const jieba = segmenter();
      for (const round of [1, 2])
        for (const text of TEXTS)
          expect(segment(text, hmm), `${text} round ${round}`).toEqual(jieba.tag(text, hmm));
    });
});

describe('segment without the HMM', () => {
  it('keeps the answer for a short text (one native call), frozen so no caller can change it', () => {
    const first = segment('钟明远表示', false);
    expect(segment('钟明远表示', false)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
  });
});

describe('tokens', () => {
  it('are one frozen object per word, shared by every cut that holds the word', () => {
    // Invented text, long enough to pass the short-answer caches: each call cuts it again.
    const text = '钟明远在东湾新区调研港口建设和新能源产业发展，钟明远说要加快推进。';
    const [a, b] = [segment(text, true), segment(text, true)];
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    a.forEach((t, k) => expect(t).toBe(b[k]));
    expect(a.every((t) => Object.isFrozen(t))).toBe(true);
    const words = a.map((t) => t.word);
    expect(a[words.lastIndexOf('钟明远')]).toBe(a[words.indexOf('钟明远')]);
  });
});

describe('native calls', () => {
  it("tags words not seen yet without jieba's tag, and tells a new name from a word without a cut", () => {
    const jieba = segmenter();
    const calls = { cut: 0, tag: 0 };
    const { cut, tag } = jieba;
    jieba.cut = (text, hmm) => (calls.cut++, cut.call(jieba, text, hmm));
    jieba.tag = (text, hmm) => (calls.tag++, tag.call(jieba, text, hmm));
    try {
      // Invented names and words not asked before in this file.
      segment('滨江镇副镇长郦晓岑说，秋收进度过半。', true);
      expect(calls).toEqual({ cut: 1, tag: 0 });
      expect(isCommonWord('郦晓岑')).toBe(false);
      expect(isCommonWord('岑晓郦')).toBe(false);
      expect(calls.cut).toBe(1);
      expect(isCommonWord('进度')).toBe(true);
    } finally {
      Object.assign(jieba, { cut, tag });
    }
  });
});
