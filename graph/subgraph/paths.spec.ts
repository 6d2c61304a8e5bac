import { describe, expect, it } from 'vitest';
import { createTupuGraph, type TupuGraph } from '../json/index.ts';
import { edgeKey, type EdgeType, type NodeType } from '../schema.ts';
import { kShortestPaths } from './paths.ts';

/** Invented: two people linked through posts, a district, a hub city and an article. */
function graph(): TupuGraph {
  const g = createTupuGraph();
  const add = (key: string) => {
    const [type, label] = key.split(':') as [NodeType, string];
    g.addNode(key, { type, label });
  };
  const link = (type: EdgeType, s: string, t: string) =>
    g.addEdgeWithKey(edgeKey(type, s, t), s, t, { type, evidence: [] });
  for (const k of [
    'person:甲',
    'person:乙',
    'post:东州市长',
    'post:东州副市长',
    'organization:东州市政府',
    'district:南河区',
    'district:东州市',
    'article:a1',
  ])
    add(k);
  link('HOLDS', 'person:甲', 'post:东州市长');
  link('HOLDS', 'person:乙', 'post:东州副市长');
  link('POST_IN', 'post:东州市长', 'organization:东州市政府');
  link('POST_IN', 'post:东州副市长', 'organization:东州市政府');
  link('SPOKE_ABOUT', 'person:甲', 'district:南河区');
  link('SPOKE_ABOUT', 'person:乙', 'district:南河区');
  link('SPOKE_ABOUT', 'person:甲', 'district:东州市');
  link('SPOKE_ABOUT', 'person:乙', 'district:东州市');
  link('MENTIONS', 'article:a1', 'person:甲');
  link('MENTIONS', 'article:a1', 'person:乙');
  for (let i = 0; i < 14; i++) {
    add(`district:第${i}区`);
    link('LOCATED_IN', `district:第${i}区`, 'district:东州市');
  }
  return g;
}

describe('kShortestPaths', () => {
  it('finds three paths, shortest first, not through articles', () => {
    const paths = kShortestPaths(graph(), 'person:甲', 'person:乙', { k: 3 });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['person:甲', 'district:东州市', 'person:乙'],
      ['person:甲', 'district:南河区', 'person:乙'],
      ['person:甲', 'post:东州市长', 'organization:东州市政府', 'post:东州副市长', 'person:乙'],
    ]);
    expect(paths[2]!.hops[0]).toEqual(['HOLDS:person:甲->post:东州市长']);
  });

  it('goes through articles only when asked, and avoids hubs when asked', () => {
    const via = kShortestPaths(graph(), 'person:甲', 'person:乙', { k: 4, viaArticles: true });
    expect(via.map((p) => p.nodes[1])).toContain('article:a1');
    const noHubs = kShortestPaths(graph(), 'person:甲', 'person:乙', { k: 3, avoidHubs: true });
    expect(noHubs.map((p) => p.nodes[1])).not.toContain('district:东州市');
    expect(noHubs).toHaveLength(2);
  });

  it('is empty when the ends are not connected, and respects edge filters', () => {
    const g = graph();
    const noSpoke = (e: string) => g.getEdgeAttribute(e, 'type') !== 'SPOKE_ABOUT';
    const paths = kShortestPaths(g, 'person:甲', 'person:乙', { edgeOk: noSpoke });
    expect(paths).toHaveLength(1);
    const cut = (e: string) => noSpoke(e) && g.getEdgeAttribute(e, 'type') !== 'HOLDS';
    expect(kShortestPaths(g, 'person:甲', 'person:乙', { edgeOk: cut })).toEqual([]);
  });
});
