import { describe, expect, it } from 'vitest';
import { canonicalJson } from './properties.ts';

/** The sorted copy that canonicalJson's direct path for {article, sentence} must equal. */
const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
        )
      : v;

describe('canonicalJson', () => {
  it('writes an evidence item as the sorted JSON whatever its key order, quotes and extra keys', () => {
    const items: unknown[] = [
      { article: 'article:甲#1', sentence: '他说："好"\n第二行\\。' },
      { sentence: '先写句子。', article: 'article:乙' },
      { article: 'a', sentence: 's', page: 3 },
      { article: 'a', sentence: 7 },
      { article: 'a' },
      ['x', { b: 1, a: 2 }],
      'plain',
    ];
    for (const item of items) expect(canonicalJson(item)).toBe(JSON.stringify(sorted(item)));
  });
});
