import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { syntheticGraph } from '../../../../tests/kit/synthetic.ts';
import {
  computeNodeSizes,
  detectCommunities,
  legendRows,
  toRenderGraph,
  TYPE_COLORS,
} from './index.ts';

const g = loadFixture();

describe('render graph conversion', () => {
  it('keeps every node and edge key, moves tupu type out of sigma`s `type`', () => {
    const r = toRenderGraph(g);
    expect(r.order).toBe(g.order);
    expect(r.size).toBe(g.size);
    expect(r.getNodeAttributes('person:于会文')).toMatchObject({
      label: '于会文',
      pinyin: 'yu hui wen',
      nodeType: 'person',
      color: TYPE_COLORS.person,
    });
    expect(r.getNodeAttribute('person:于会文', 'type')).toBeUndefined();
    expect(r.getEdgeAttributes('HOLDS:person:于会文->post:渝北区委书记')).toMatchObject({
      edgeType: 'HOLDS',
      type: 'arrow',
    });
  });
  it('reuses positions and places new nodes next to a neighbour', () => {
    const positions = new Map([['person:于会文', { x: 500, y: 500 }]]);
    const r = toRenderGraph(g, { positions });
    expect(r.getNodeAttributes('person:于会文')).toMatchObject({ x: 500, y: 500 });
    const post = r.getNodeAttributes('post:渝北区委书记');
    expect(Math.abs(post.x - 500)).toBeLessThan(10);
  });
  it('uses x/y carried by the graph file when there is no saved position', () => {
    const copy = g.copy();
    copy.setNodeAttribute('person:吴道藩', 'x', -42);
    copy.setNodeAttribute('person:吴道藩', 'y', 7);
    expect(toRenderGraph(copy).getNodeAttributes('person:吴道藩')).toMatchObject({ x: -42, y: 7 });
  });
  it('sizes by degree and by PageRank', () => {
    const byDegree = computeNodeSizes(g, 'degree');
    expect(byDegree.get('article:000_8574181c69006930#1')).toBeGreaterThan(
      byDegree.get('program:一号工程')!,
    );
    const byRank = computeNodeSizes(g, 'pagerank');
    expect(byRank.size).toBe(g.order);
    expect([...byRank.values()].every((v) => v > 0)).toBe(true);
  });
  it('detects communities deterministically', () => {
    const s = syntheticGraph({ nodes: 500, edges: 2000, seed: 3 });
    const a = detectCommunities(s);
    const b = detectCommunities(s);
    expect(a).toEqual(b);
    expect(new Set(a.values()).size).toBeGreaterThan(3);
  });
  it('lists legend rows with counts', () => {
    const rows = legendRows(g);
    expect(rows.find((r) => r.type === 'person')).toEqual({
      type: 'person',
      color: TYPE_COLORS.person,
      count: 4,
    });
  });
});
