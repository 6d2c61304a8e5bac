import { describe, expect, it } from 'vitest';
import { createTupuGraph } from '../json/index.ts';
import { mergeWarmBatches, warmUpJson } from './warm-merge.ts';
import { mergeEdgesByKeyStatement, mergeNodesStatement } from './statements.ts';

/** An invented two-person graph: 甲 holds a post, with one evidence sentence. */
function graph() {
  const g = createTupuGraph();
  g.addNode('person:甲', { type: 'person', label: '甲', aliases: ['老甲'], mentions: 3 });
  g.addNode('post:局长', { type: 'post', label: '局长' });
  g.addEdgeWithKey('HOLDS:甲:局长', 'person:甲', 'post:局长', {
    type: 'HOLDS',
    evidence: [{ article: 'article:一', sentence: '甲任局长。' }],
  });
  return g;
}

describe('the MERGE warm-up batches', () => {
  it("are the loader's statements, nodes before edges, on keys the warm-up graph lacks", () => {
    const batches = mergeWarmBatches(graph(), 'w:');
    expect(batches.map((b) => b.s)).toEqual([
      mergeNodesStatement('person'),
      mergeNodesStatement('post'),
      mergeEdgesByKeyStatement('HOLDS', 'person', 'post'),
    ]);
    const edge = batches[2]!.p.batch.rows[0] as Record<string, unknown>;
    expect([edge.key, edge.source, edge.target]).toEqual([
      'w:HOLDS:甲:局长',
      'w:person:甲',
      'w:post:局长',
    ]);
  });

  it('carry Neo4j integers as JSON integers, which the server reads as integers', () => {
    // JSON.stringify alone writes a Neo4j Integer as {"low":3,"high":0}: a map, not 3.
    const json = warmUpJson(mergeWarmBatches(graph()));
    expect(json).toContain('"mentions":3');
    expect(json).not.toContain('"low"');
  });
});
