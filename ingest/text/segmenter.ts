/**
 * The jieba segmenter (@node-rs/jieba) with our gazetteers loaded as a user dictionary, so place
 * names and sector names come out as single tokens.
 */
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { gazetteer } from '../gazetteer/index.ts';

let instance: Jieba | undefined;

export function segmenter(): Jieba {
  if (instance) return instance;
  const jieba = Jieba.withDict(dict);
  const g = gazetteer();
  const entries: string[] = [];
  for (const d of g.districts)
    for (const n of [d.name, ...d.aliases]) if (n.length > 1) entries.push(`${n} 2000 ns`);
  for (const i of [...g.industries, ...g.industryCategories])
    if (i.length > 1) entries.push(`${i} 1000 nz`);
  jieba.loadDict(Buffer.from(entries.join('\n') + '\n'));
  return (instance = jieba);
}

export function tag(text: string): TaggedWord[] {
  return segmenter().tag(text, true);
}

const commonCache = new Map<string, boolean>();
/** True when jieba's dictionary knows the string as one ordinary (non-name) word. */
export function isCommonWord(word: string): boolean {
  let known = commonCache.get(word);
  if (known === undefined) {
    const tokens = segmenter().tag(word, false);
    known = tokens.length === 1 && !/^nr/.test(tokens[0]!.tag);
    commonCache.set(word, known);
  }
  return known;
}
