/**
 * The jieba segmenter (@node-rs/jieba) with our gazetteers loaded as a user dictionary, so place
 * names and sector names come out as single tokens.
 */
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { gazetteer } from '../gazetteer/index.ts';
import type { WordCounts } from './word-counts.ts';
import { dictionaryCounts } from './sorted-counts.ts';
import { dictionaryTags } from './dictionary-tags.ts';
import { keptAnswer } from './kept-answers.ts';

let instance: Jieba | undefined;
/** The gazetteer's words loaded into jieba's dictionary beside its own, with their tags. */
const userWords = new Map<string, string>();
const addWord = (word: string, tag: string) => {
  // jieba keeps the tag a word had first (its dictionary's, or the first line adding it).
  if (!userWords.has(word)) userWords.set(word, tag);
};

export function segmenter(): Jieba {
  if (instance) return instance;
  const jieba = Jieba.withDict(dict);
  const g = gazetteer();
  const entries: string[] = [];
  for (const d of g.districts)
    for (const n of [d.name, ...d.aliases])
      if (n.length > 1) {
        entries.push(`${n} 2000 ns`);
        addWord(n, 'ns');
      }
  for (const i of [...g.industries, ...g.industryCategories])
    if (i.length > 1) {
      entries.push(`${i} 1000 nz`);
      addWord(i, 'nz');
    }
  jieba.loadDict(Buffer.from(entries.join('\n') + '\n'));
  return (instance = jieba);
}

/**
 * jieba's `tag`: its words are `cut`'s, each with the word's own tag (the dictionary's, else x, m
 * or eng; jieba-rs' `Jieba::tag` looks each word up alone). Through @node-rs/jieba a `tag` call
 * costs several times a `cut` of the same text (an object per token made on the native side),
 * and the rules make tens of thousands of short calls: so the words come from `cut` and their
 * tags from the same look-up in jieba's dictionary bytes (./dictionary-tags.ts), kept per word;
 * jieba's `tag` only if the dictionary is not sorted. Checked equal to `tag` on every
 * text the rules segment in a year of news.
 */
export function segment(text: string, hmm: boolean): readonly TaggedWord[] {
  if (hmm || text.length > SHORT) return tagged(text, hmm);
  // Without the HMM the rules ask about a name and the characters around it (false names,
  // leaders' titles, story names): a year of news repeats half of those texts. The HMM's short
  // answers are kept by tag() and tagWindow() below.
  return keptAnswer(plainCache, text, CACHE_LIMIT, plainTokens);
}
const plainCache = new Map<string, readonly TaggedWord[]>();
const plainTokens = (text: string) => Object.freeze(tagged(text, false));
function tagged(text: string, hmm: boolean): TaggedWord[] {
  const jieba = segmenter();
  const words = jieba.cut(text, hmm);
  const out: TaggedWord[] = new Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let token = wordTokens.get(word);
    if (token === undefined) {
      // A word not seen yet: its tag from the dictionary's bytes, as jieba's `tag` looks it up
      // (./dictionary-tags.ts), instead of a second native call that cuts the text again.
      tagOfWord ??= dictionaryTags(dict, userWords) ?? null;
      if (!tagOfWord) return learnTags(jieba.tag(text, hmm));
      if (wordTokens.size >= CACHE_LIMIT) wordTokens.clear();
      wordTokens.set(word, (token = Object.freeze({ word, tag: tagOfWord(word) })));
    }
    out[k] = token;
  }
  return out;
}
let tagOfWord: ((word: string) => string) | null | undefined;

/**
 * Each word's token (the word and its tag, as jieba gave it): one frozen object per word, shared
 * by every answer (a word's tag is the same wherever it is cut). Fresh tokens per answer held
 * some 13 MB more over the 10 MB corpus, which the graph build's garbage collection then walks,
 * and made an object per word of every cut. Bounded like the caches below.
 */
const wordTokens = new Map<string, TaggedWord>();
function learnTags(tokens: TaggedWord[]): TaggedWord[] {
  if (wordTokens.size >= CACHE_LIMIT) wordTokens.clear();
  for (const t of tokens) wordTokens.set(t.word, Object.freeze({ word: t.word, tag: t.tag }));
  return tokens;
}

/**
 * The rules ask about short windows around a match (is 渝北 a whole token here?), and the same
 * windows recur across a corpus; jieba is deterministic, so short answers are kept. The map is
 * emptied when full, which bounds memory whatever the corpus size. Callers must not mutate.
 */
const SHORT = 16;
const CACHE_LIMIT = 100_000;
const tagCache = new Map<string, readonly TaggedWord[]>();

export function tag(text: string): readonly TaggedWord[] {
  if (text.length > SHORT) return segment(text, true);
  return keptAnswer(tagCache, text, CACHE_LIMIT, hmmTokens);
}
const hmmTokens = (text: string) => Object.freeze(tagged(text, true));

/**
 * The name model's windows (a few characters around a surname) in their own bounded map: in a
 * corpus the same name recurs in the same words around it (习近平总书记, 李强总理), and asking
 * jieba again costs a native call and fresh token objects each time. Kept apart from tagCache so
 * windows that do not recur never evict the rules' short answers. Callers must not mutate.
 */
const windowCache = new Map<string, readonly TaggedWord[]>();
export function tagWindow(text: string): readonly TaggedWord[] {
  return keptAnswer(windowCache, text, CACHE_LIMIT, windowTokens);
}
const windowTokens = (text: string): readonly TaggedWord[] => tagged(text, true);

/**
 * How many words jieba's cut without the HMM makes of `text` (1: its dictionary holds it whole).
 * Kept: sight terms ask it of every mention of a candidate, half of them repeats.
 */
const cutLengths = new Map<string, number>();
export function plainWordCount(text: string): number {
  return keptAnswer(cutLengths, text, CACHE_LIMIT, cutLength);
}
const cutLength = (text: string) => segmenter().cut(text, false).length;

/** Bounded like tagCache: candidate names are as many as the text's, not the graph's. */
const commonCache = new Map<string, boolean>();
/** True when jieba's dictionary knows the string as one ordinary (non-name) word. */
export function isCommonWord(word: string): boolean {
  return keptAnswer(commonCache, word, CACHE_LIMIT, oneCommonWord);
}
function oneCommonWord(word: string): boolean {
  if (outsideDictionary(word)) return false;
  const tokens = segment(word, false);
  return tokens.length === 1 && !/^nr/.test(tokens[0]!.tag);
}

/**
 * Whether jieba's dictionary surely lacks `word`: two to four CJK characters (one run of Han to
 * the cut, whose words are its dictionary's or single characters without the HMM) that neither
 * its dictionary (every line has a count above 0) nor the gazetteer's words hold. jieba then cuts
 * it into several words, so isCommonWord says no without a native cut: most words asked are
 * candidate names (王某某), and the cut's answer was kept only for this question.
 */
function outsideDictionary(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  segmenter();
  return !userWords.has(word) && dictionaryFrequency(word) === 0;
}

/**
 * The word the segmenter reads starting at `at`, segmenting `before` characters before it and
 * `after` from it as context; undefined when a word runs across `at`.
 */
export function wordStartingAt(
  text: string,
  at: number,
  before: number,
  after: number,
): string | undefined {
  const from = Math.max(0, at - before);
  let pos = from;
  for (const t of tag(text.slice(from, at + after))) {
    if (pos === at) return t.word;
    if (pos > at) return undefined;
    pos += t.word.length;
  }
  return undefined;
}

/** Where the words of `text` start and end, as jieba tags it (positions.ts, clause-cut.ts). */
export function tokenBounds(text: string): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const t of tag(text)) {
    starts.add(at);
    ends.add((at += t.word.length));
  }
  return { starts, ends };
}

/**
 * jieba's dictionary frequency of words of two to four characters, read once on first use. jieba
 * tags many ordinary words nr (慕名, 高峰, 杜鹃花): its tag alone cannot tell them from names,
 * but a given person's name is seldom printed often enough to weigh 100 in its counts.
 */
let counts: WordCounts | undefined;
const readCounts = (): WordCounts => (counts ??= dictionaryCounts(dict, 1, 4));
export function dictionaryFrequency(word: string): number {
  return word.length >= 2 && word.length <= 4 ? readCounts().count(word) : 0;
}

/** jieba's count of one character as a word on its own (来 161,501 as a verb; 务 1,342). */
export function characterFrequency(ch: string): number {
  return ch.length === 1 ? readCounts().count(ch) : 0;
}
