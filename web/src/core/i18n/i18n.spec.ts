import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_TYPES } from '../../../../graph/schema.ts';
import { DICTIONARIES, translator } from './index.ts';

describe('i18n', () => {
  it('has the same keys in both languages, including every node and edge type', () => {
    expect(Object.keys(DICTIONARIES.zh).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
    for (const t of NODE_TYPES) expect(DICTIONARIES.zh[`type.${t}`]).toBeTruthy();
    for (const t of EDGE_TYPES) expect(DICTIONARIES.en[`edge.${t}`]).toBeTruthy();
  });
  it('interpolates and falls back to the key', () => {
    expect(translator('en')('loaded', { name: 'g.json', nodes: 2, edges: 1 })).toBe(
      'Loaded g.json: 2 nodes, 1 edges',
    );
    expect(translator('zh')('no.such.key')).toBe('no.such.key');
  });
});
