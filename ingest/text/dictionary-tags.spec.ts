import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { dictionaryTags } from './dictionary-tags.ts';
import { segmenter } from './segmenter.ts';
import { gazetteer } from '../gazetteer/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The gazetteer's words as segmenter() adds them to jieba (the first line of a word counts). */
function gazetteerWords(): Map<string, string> {
  const g = gazetteer();
  const added = new Map<string, string>();
  for (const d of g.districts)
    for (const n of [d.name, ...d.aliases]) if (n.length > 1 && !added.has(n)) added.set(n, 'ns');
  for (const i of [...g.industries, ...g.industryCategories])
    if (i.length > 1 && !added.has(i)) added.set(i, 'nz');
  return added;
}

describe('dictionaryTags', () => {
  it("gives each word jieba's own tag: dictionary words, new words, numbers, Latin, marks", () => {
    // Invented text: a new name (x), numbers (m), Latin with digits (eng), spaces and marks.
    const texts = [
      '东湾新区管委会主任钟明远表示，将加快发展智能网联汽车产业。',
      '钟明远在东湾新区调研COVID-19防控和5G基站建设，投资3.5亿元，增长12%。',
      '记者 甄某某 荆某 报道 abc 2024年',
    ];
    const jieba = segmenter();
    const tagOf = dictionaryTags(dict, gazetteerWords())!;
    for (const text of texts)
      for (const hmm of [true, false])
        for (const t of jieba.tag(text, hmm)) expect(tagOf(t.word), t.word).toBe(t.tag);
  });

  it("keeps the dictionary's tag for a gazetteer word it holds, the added tag otherwise", () => {
    const jieba = segmenter();
    const added = gazetteerWords();
    const tagOf = dictionaryTags(dict, added)!;
    for (const word of added.keys())
      for (const t of jieba.tag(word, false)) expect(tagOf(t.word), t.word).toBe(t.tag);
  });

  it('reads the first line of a word, an empty tag without one; nothing from unsorted lines', () => {
    const tagOf = dictionaryTags(bytes('东湾 12 ns\n东湾 30 n\n港口 4\n钟明 3 nr'), new Map())!;
    expect([tagOf('东湾'), tagOf('港口'), tagOf('钟明'), tagOf('钟明远'), tagOf('A1')]).toEqual([
      'ns',
      '',
      'nr',
      'x',
      'eng',
    ]);
    expect(dictionaryTags(bytes('湾 9 n\n东湾 3 n\n'), new Map())).toBeUndefined();
  });
});
