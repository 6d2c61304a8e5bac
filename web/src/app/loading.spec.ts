import { describe, expect, it } from 'vitest';
import { createTupuGraph, GraphFormatError } from '../../../graph/json/index.ts';
import { EDGE_SLICE, importEdgesInSlices, validateEdges } from './loading.ts';

function serializedEdges(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    key: `e${i}`,
    source: 'person:a',
    target: 'post:b',
    attributes: { type: 'HOLDS' as const, evidence: [] },
  }));
}

function twoNodes() {
  const data = createTupuGraph();
  data.addNode('person:a', { type: 'person', label: 'a' });
  data.addNode('post:b', { type: 'post', label: 'b' });
  return data;
}

describe('loading: edges after the first frame', () => {
  it('adds edges slice by slice, reporting progress', async () => {
    const data = twoNodes();
    const edges = serializedEdges(EDGE_SLICE * 2 + 5);
    const seen: number[] = [];
    const done = await importEdgesInSlices(data, edges, (n) => {
      seen.push(n);
      expect(data.size).toBe(n);
      return true;
    });
    expect(done).toBe(true);
    expect(seen).toEqual([EDGE_SLICE, EDGE_SLICE * 2, EDGE_SLICE * 2 + 5]);
  });

  it('stops when the progress callback says the graph was replaced', async () => {
    const data = twoNodes();
    const done = await importEdgesInSlices(data, serializedEdges(EDGE_SLICE * 3), () => false);
    expect(done).toBe(false);
    expect(data.size).toBe(EDGE_SLICE);
  });

  it('rejects an edge without a valid type, naming it', () => {
    const edges = [...serializedEdges(2), { key: 'x', source: 'a', target: 'b', attributes: {} }];
    expect(() => validateEdges(edges)).toThrow(GraphFormatError);
    expect(() => validateEdges(edges)).toThrow('edge "x"');
  });
});
