import { describe, expect, it } from 'vitest';
import { createTupuGraph } from './json/index.ts';
import { graphStats, mergeReport } from './stats.ts';

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
    for (const p of ['person:甲', 'person:乙'])
      g.addDirectedEdge('article:a#1', p, { type: 'MENTIONS', evidence: [] });
    g.addDirectedEdge('article:a#1', 'person:甲', { type: 'MENTIONS', evidence: [] });
    const s = graphStats(g, 1);
    expect(s.nodesByType).toEqual({ article: 1, person: 2, post: 2 });
    expect(s.edgesByType).toEqual({ HOLDS: 2, MENTIONS: 3 });
    expect(s.top.person).toEqual([{ key: 'person:乙', label: '乙', degree: 2, articles: 1 }]);
  });
});

describe('mergeReport', () => {
  it('lists merged names with their rule, people joined across articles and namesakes', () => {
    const g = createTupuGraph();
    g.addNode('organization:某市委', {
      type: 'organization',
      label: '某市委',
      mergedFrom: ['市委: home area of the article (某市)'],
    });
    g.addNode('organization:某局', { type: 'organization', label: '某局' });
    g.addNode('person:甲乙', {
      type: 'person',
      label: '甲乙',
      articles: ['a', 'b'],
      joinedBy: ['post 某局局长'],
      namesakeOf: ['person:甲乙#2'],
    });
    const lines = mergeReport(g);
    expect(lines.map((l) => l.key)).toEqual(['organization:某市委', 'person:甲乙']);
    expect(lines[0]!.merged).toEqual(['市委: home area of the article (某市)']);
    expect(lines[1]!.joinedBy).toEqual(['post 某局局长']);
    expect(lines[1]!.namesakes).toEqual(['person:甲乙#2']);
  });
});
