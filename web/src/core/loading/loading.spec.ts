import { describe, expect, it } from 'vitest';
import { GraphTextReader } from './index.ts';

const encode = (s: string) => new TextEncoder().encode(s);

/** Feed `text` in chunks of `size` bytes (splitting UTF-8 sequences too); head and rest. */
function read(text: string, size: number): { head: unknown; rest: unknown } {
  const bytes = encode(text);
  const reader = new GraphTextReader();
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
  return { head: reader.head, rest: JSON.parse(reader.rest()) };
}

/** Two decoys before the real key: a nested key and a value. */
const graph = {
  attributes: { name: '渝北区 "edges"' },
  options: { type: 'directed', multi: true },
  nodes: [
    { key: 'person:甲', attributes: { label: '甲', type: 'person', note: 'edges' } },
    { key: 'x', attributes: { type: 'park', nested: { edges: [1, 2] } } },
  ],
  edges: [{ key: 'e', source: 'person:甲', target: 'x', attributes: { type: 'HOLDS' } }],
  extra: { after: true },
};

describe('loading: split at the top-level "edges" key', () => {
  for (const [name, text] of [
    ['pretty', JSON.stringify(graph, null, 1)],
    ['compact', JSON.stringify(graph)],
  ] as const) {
    it(`${name}: head has the nodes, the rest the edges, for any chunk size`, () => {
      const { edges, extra, ...before } = graph;
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
        expect(read(text, size)).toEqual({ head: before, rest: { edges, extra } });
      }
    });
  }

  it('does not take "edges" as a value, a nested key or the end of a string', () => {
    const decoys = [
      '{"a":"edges","nodes":[]}',
      '{"nodes":[{"edges":[]}]}',
      '{"nodes":["say \\"edges"]}',
      '{"edg\\u0065s":[],"nodes":[]}',
      '{"edgesX":[],"Xedges":[]}',
    ];
    for (const text of decoys)
      expect(read(text, 3), text).toEqual({ head: null, rest: JSON.parse(text) });
  });

  it('finds the key after decoys, and gives up after three', () => {
    const after = '{"a":"edges","b":["edges"],"nodes":[],"edges":[1]}';
    expect(read(after, 4)).toEqual({
      head: { a: 'edges', b: ['edges'], nodes: [] },
      rest: { edges: [1] },
    });
    const tooMany = '{"a":["edges","edges","edges"],"edges":[1]}';
    expect(read(tooMany, 4).head).toBeNull();
  });

  it('takes "edges" as the first key (empty head)', () => {
    expect(read('{"edges":[{"a":1}],"nodes":[]}', 5)).toEqual({
      head: {},
      rest: { edges: [{ a: 1 }], nodes: [] },
    });
  });
});
