/**
 * jieba's dictionary counts looked up by binary search in the dictionary's own bytes. jieba ships
 * its dictionary sorted (every line's word not below the line before it, byte for byte), so a
 * lookup needs no table: the hash table of ./word-counts.ts took 0.1 CPU-s to build and the text
 * 0.03–0.06 s to decode, once per process, for the few hundred to few thousand lookups an ingest
 * makes (827 over 20 days of news). Checking the order is one pass over the bytes (0.02 s). A
 * dictionary that is not sorted, or not valid UTF-8, gets the table as before, so the answers are
 * the table's either way: the count of the last line of a word that has a count, Number() of a
 * count that is not plain digits, 0 for a word not there or outside the lengths kept.
 */
import { isUtf8 } from 'node:buffer';
import { type WordCounts, wordCounts } from './word-counts.ts';
import { keptAnswer } from './kept-answers.ts';
import { firstNotBelow } from './sorted-search.ts';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** Valid UTF-8 decodes to no lone surrogate, so a word holding one is in no dictionary. */
const LONE_SURROGATE = /\p{Cs}/u;

export interface DictionaryCounts extends WordCounts {
  /** Whether the sorted bytes are searched (false: the table of ./word-counts.ts). */
  readonly sorted: boolean;
}

/** Counts of the words of `minLength`–`maxLength` UTF-16 units of a jieba dictionary's bytes. */
export function dictionaryCounts(
  bytes: Uint8Array,
  minLength: number,
  maxLength: number,
): DictionaryCounts {
  const starts = isUtf8(bytes) ? sortedLineStarts(bytes) : undefined;
  if (!starts) {
    const table = wordCounts(Buffer.from(bytes).toString('utf8'), minLength, maxLength);
    return { sorted: false, count: (word) => table.count(word) };
  }
  const n = bytes.length;
  const lines = starts.length;
  const query = new Uint8Array(4 * Math.max(maxLength, 1));
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const known = new Map<string, number>();
  /** The count of the line at `line` (whose word ends at `end`), or undefined without one. */
  const countOf = (end: number): number | undefined => {
    if (bytes[end] !== SPACE) return undefined;
    const from = end + 1;
    let k = from;
    let count = 0;
    while (k < n && bytes[k]! >= DIGIT_0 && bytes[k]! <= DIGIT_9 && k - from < 15)
      count = count * 10 + bytes[k++]! - DIGIT_0;
    if (k === n || bytes[k] === SPACE || bytes[k] === NEWLINE) return k > from ? count : undefined;
    while (k < n && bytes[k] !== SPACE && bytes[k] !== NEWLINE) k++;
    return Number(decoder.decode(bytes.subarray(from, k)));
  };
  const search = (word: string): number => {
    const length = encoder.encodeInto(word, query).written;
    const lo = firstLineNotBelow(bytes, starts, query, length);
    // The same word on later lines: the last one with a count wins, as in the table.
    let found: number | undefined;
    for (let i = lo; i < lines && compareLineWord(bytes, starts[i]!, query, length) === 0; i++)
      found = countOf(starts[i]! + length) ?? found;
    return found ?? 0;
  };
  return {
    sorted: true,
    count(word) {
      if (word.length < minLength || word.length > maxLength || LONE_SURROGATE.test(word)) return 0;
      // The rules ask again of the same names; bounded like the segmenter's caches.
      return keptAnswer(known, word, 100_000, search);
    },
  };
}

/**
 * The word of the line starting at `line` (up to its first space, the line's end or the bytes' end)
 * against query[0, length): <0, 0, >0 as in byte order. Shared with ./dictionary-tags.ts.
 */
export function compareLineWord(
  bytes: Uint8Array,
  line: number,
  query: Uint8Array,
  length: number,
): number {
  for (let k = 0; ; k++) {
    const b = line + k < bytes.length ? bytes[line + k]! : NEWLINE;
    if (b === SPACE || b === NEWLINE) return k === length ? 0 : -1;
    if (k === length) return 1;
    const d = b - query[k]!;
    if (d !== 0) return d;
  }
}

/** The first of the sorted lines whose word is not below query[0, length) (starts.length: none). */
export function firstLineNotBelow(
  bytes: Uint8Array,
  starts: Int32Array,
  query: Uint8Array,
  length: number,
): number {
  return firstNotBelow(starts.length, (k) => compareLineWord(bytes, starts[k]!, query, length) < 0);
}

/** Whether every line's word is not below the word of the line before it (./sorted-counts.ts). */
export function isSorted(bytes: Uint8Array): boolean {
  return sortedLineStarts(bytes) !== undefined;
}

/**
 * Where each line starts when every line's word is not below the word of the line before it, in
 * byte order, with no empty word but on a last empty line (a binary search cannot place a line
 * without a word); undefined when not.
 */
export function sortedLineStarts(bytes: Uint8Array): Int32Array | undefined {
  // The counts and the tags (./dictionary-tags.ts) search the same dictionary: one pass for both.
  if (lineStarts.has(bytes)) return lineStarts.get(bytes);
  const starts = lineStartsIfSorted(bytes);
  lineStarts.set(bytes, starts);
  return starts;
}
const lineStarts = new WeakMap<Uint8Array, Int32Array | undefined>();

function lineStartsIfSorted(bytes: Uint8Array): Int32Array | undefined {
  const n = bytes.length;
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  const starts = new Int32Array(lines + 1);
  let count = 0;
  let previous = -1;
  let previousEnd = -1;
  for (let line = 0; line < n;) {
    let end = bytes.indexOf(NEWLINE, line);
    if (end === -1) end = n;
    let k = line;
    let order = 0;
    for (let i = 0; k < end && bytes[k] !== SPACE; k++, i++)
      if (order === 0 && previous >= 0)
        order = previous + i === previousEnd ? 1 : bytes[k]! - bytes[previous + i]!;
    if (k === line) return undefined;
    if (order === 0 && previous >= 0 && previous + (k - line) < previousEnd) order = -1;
    if (order < 0) return undefined;
    starts[count++] = line;
    previous = line;
    previousEnd = k;
    line = end + 1;
  }
  return starts.subarray(0, count);
}
