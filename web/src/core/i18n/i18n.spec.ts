import { describe, expect, it } from 'vitest';
import {
  EDGE_TYPE_TABLE,
  EDGE_TYPES,
  NODE_TYPE_TABLE,
  NODE_TYPES,
} from '../../../../graph/types.ts';
import { DICTIONARIES, translator, type MessageKey } from './index.ts';

describe('i18n', () => {
  it('has the same keys in both languages, including every node and edge type', () => {
    expect(Object.keys(DICTIONARIES.zh).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
    for (const t of NODE_TYPES) expect(DICTIONARIES.zh[`type.${t}`]).toBe(NODE_TYPE_TABLE[t].zh);
    for (const t of EDGE_TYPES) expect(DICTIONARIES.en[`edge.${t}`]).toBe(EDGE_TYPE_TABLE[t].en);
    for (const value of Object.values(DICTIONARIES.en)) expect(value).toBeTruthy();
  });
  it('interpolates', () => {
    expect(translator('en')('loaded', { name: 'g.json', nodes: 2, edges: 1 })).toBe(
      'Loaded g.json: 2 nodes, 1 edges',
    );
    expect(translator('zh')('edge.HOLDS')).toBe('担任');
  });
  it('rejects unknown keys at compile time', () => {
    // @ts-expect-error: not a key of the dictionary (typecheck fails if this ever compiles)
    const bad: MessageKey = 'no.such.key';
    expect(bad in DICTIONARIES.zh).toBe(false);
  });
});
