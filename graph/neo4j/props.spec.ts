import { describe, expect, it } from 'vitest';
import { canonicalJson } from './properties.ts';
import { edgeRow, wireEdgeRow } from './props.ts';

const row = (evidence: unknown) =>
  edgeRow('HOLDS:a->b', 'person:a', 'post:b', { type: 'HOLDS', evidence } as never);

describe('graph/neo4j/props wireEdgeRow', () => {
  it('leaves plain evidence for the server to build, and sends no end keys', () => {
    // Invented: an article key and a sentence with nothing to escape in JSON.
    const wire = wireEdgeRow(row([{ article: 'article:1', sentence: '张某任区长。' }]), 's', 't');
    expect(wire).toEqual({
      key: 'HOLDS:a->b',
      s: 's',
      t: 't',
      props: {},
      ev: null,
      evA: ['article:1'],
      evS: ['张某任区长。'],
    });
  });

  it('sends the canonical JSON whenever the server could not build the same string', () => {
    for (const item of [
      { article: 'article:1', sentence: '他说："好。"' },
      { article: 'article:1', sentence: '第一行\n第二行' },
      { article: 'article:1', sentence: '反斜杠\\' },
      { article: 'article:1', sentence: '𠀀字' },
      { article: 'article:1', sentence: '日期', date: '2025-03-01' },
    ]) {
      const wire = wireEdgeRow(row([{ article: 'article:0', sentence: '普通。' }, item]), 's', 't');
      expect(wire.ev).toEqual([
        canonicalJson({ article: 'article:0', sentence: '普通。' }),
        canonicalJson(item),
      ]);
    }
  });

  it('keeps an edge without an evidence list without one, and an empty list empty', () => {
    expect(wireEdgeRow(row(undefined), 's', 't')).toMatchObject({ ev: null, evA: null, evS: null });
    expect(wireEdgeRow(row([]), 's', 't')).toMatchObject({ ev: null, evA: [], evS: [] });
  });
});
