import { describe, expect, it } from 'vitest';
import { createTupuGraph } from './json/index.ts';
import { graphStats } from './stats.ts';

describe('graphStats', () => {
  it('counts by type and ranks people by links other than mentions', () => {
    const g = createTupuGraph();
    g.addNode('article:a#1', { type: 'article', label: 'A' });
    g.addNode('person:甲', { type: 'person', label: '甲', articles: ['article:a#1'] });
    g.addNode('person:乙', { type: 'person', label: '乙', articles: ['article:a#1'] });
    g.addNode('post:市长', { type: 'post', label: '市长' });
    g.addNode('post:区长', { type: 'post', label: '区长' });
    g.addDirectedEdgeWithKey('h1', 'person:乙', 'post:市长', { type: 'HOLDS', evidence: [] });
    g.addDirectedEdgeWithKey('h2', 'person:乙', 'post:区长', { type: 'HOLDS', evidence: [] });
    for (const p of ['person:甲', 'person:乙']) g.addDirectedEdge('article:a#1', p, { type: 'MENTIONS', evidence: [] });
    g.addDirectedEdge('article:a#1', 'person:甲', { type: 'MENTIONS', evidence: [] });
    const s = graphStats(g, 1);
    expect(s.nodesByType).toEqual({ article: 1, person: 2, post: 2 });
    expect(s.edgesByType).toEqual({ HOLDS: 2, MENTIONS: 3 });
    expect(s.top.person).toEqual([{ key: 'person:乙', label: '乙', degree: 2, articles: 1 }]);
  });
});
