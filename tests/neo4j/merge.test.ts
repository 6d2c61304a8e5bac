import { describe, expect, it } from 'vitest';
import { createTupuGraph, exportGraph } from '../../graph/json/index.ts';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { fetchGraph } from '../../graph/neo4j/subgraph.ts';
import { edgeKey } from '../../graph/schema.ts';
import { smallGraph } from './fixture.ts';
import { clearDatabase, count, useTestDatabase } from './helpers.ts';

const A3 = 'article:002_ba0e2cfe7a7d923e#1';

/** A second corpus: one new article that mentions 张伟 again and repeats one known fact. */
function secondCorpus() {
  const g = createTupuGraph();
  g.addNode(A3, {
    type: 'article',
    label: '渝北区推进集成电路产业',
    title: '渝北区推进集成电路产业',
    chars: 500,
  });
  g.addNode('person:张伟', {
    type: 'person',
    label: '张伟',
    pinyin: 'zhang wei',
    articles: [A3],
    mentions: 2,
    aliases: ['张 伟'],
  });
  g.addNode('post:渝北区委书记', {
    type: 'post',
    label: '渝北区委书记',
    role: '书记',
    organization: '渝北区委',
    articles: [A3],
    mentions: 1,
  });
  const ev = { article: A3, sentence: '渝北区委书记张伟调研集成电路企业。' };
  g.addEdgeWithKey(
    edgeKey('HOLDS', 'person:张伟', 'post:渝北区委书记'),
    'person:张伟',
    'post:渝北区委书记',
    {
      type: 'HOLDS',
      evidence: [
        ev,
        { article: 'article:000_8574181c69006930#1', sentence: '张伟任渝北区委书记。' },
      ],
      asOf: '2024-06-01',
    },
  );
  g.addEdgeWithKey(edgeKey('MENTIONS', A3, 'person:张伟'), A3, 'person:张伟', {
    type: 'MENTIONS',
    evidence: [],
    count: 2,
  });
  return g;
}

const totals = async (conn: Parameters<typeof count>[0]) => [
  await count(conn, 'MATCH (n) RETURN count(n)'),
  await count(conn, 'MATCH ()-[r]->() RETURN count(r)'),
];

describe('graph/neo4j loading is idempotent and merges corpora', () => {
  const conn = useTestDatabase();

  it('loading the same graph twice leaves the same counts and properties', async () => {
    const graph = smallGraph();
    await loadGraph(graph, conn(), { batchSize: 3 });
    const once = exportGraph(await fetchGraph(conn()));
    await loadGraph(graph, conn(), { batchSize: 2 });
    expect(await totals(conn())).toEqual([graph.order, graph.size]);
    expect(exportGraph(await fetchGraph(conn()))).toEqual(once);
  });

  it('a second corpus merges in: evidence and lists grow without duplicates', async () => {
    const first = smallGraph();
    const second = secondCorpus();
    for (let i = 0; i < 2; i++) {
      await loadGraph(second, conn());
      expect(await totals(conn())).toEqual([first.order + 1, first.size + 1]);
      const g = await fetchGraph(conn());
      const zhang = g.getNodeAttributes('person:张伟');
      expect(zhang.articles).toEqual([...first.getNodeAttribute('person:张伟', 'articles')!, A3]);
      expect(zhang.mentions).toBe(3 + 2);
      expect(zhang.aliases).toEqual(['张 伟']);
      const holds = g.getEdgeAttributes(edgeKey('HOLDS', 'person:张伟', 'post:渝北区委书记'));
      expect(holds.evidence.map((e) => e.sentence)).toEqual([
        '张伟任渝北区委书记。',
        '渝北区委书记张伟出席会议并讲话。',
        '渝北区委书记张伟调研集成电路企业。',
      ]);
      expect(holds.asOf).toBe('2024-06-01');
      // the aligned lists for Cypher stay aligned with the JSON copy
      const aligned = await count(
        conn(),
        `MATCH ()-[r:HOLDS]->() WHERE size(r.evidence) = size(r.evidenceSentences) AND size(r.evidence) = size(r.evidenceArticles)
         RETURN count(r)`,
      );
      expect(aligned).toBe(2);
    }
  });

  it('reloading the first corpus after the second: lists and counts stay, scalars are the incoming ones', async () => {
    const before = await fetchGraph(conn());
    await loadGraph(smallGraph(), conn());
    const after = await fetchGraph(conn());
    expect([after.order, after.size]).toEqual([before.order, before.size]);
    const key = edgeKey('HOLDS', 'person:张伟', 'post:渝北区委书记');
    expect(after.getEdgeAttribute(key, 'evidence')).toEqual(
      before.getEdgeAttribute(key, 'evidence'),
    );
    expect(after.getEdgeAttribute(key, 'asOf')).toBe('2024-05-06');
    expect(after.getNodeAttributes('person:张伟')).toEqual(before.getNodeAttributes('person:张伟'));
  });

  it('two loads of the same graph at once store each relationship once', async () => {
    // No uniqueness constraint on relationship keys (graph/neo4j/statements.ts): MERGE between
    // bound ends locks both nodes before it creates, so the second load finds the first's.
    await clearDatabase(conn());
    const graph = smallGraph();
    // a second HOLDS between the same two nodes (an edge key with a qualifier) stays a second one
    graph.addEdgeWithKey(
      edgeKey('HOLDS', 'person:张伟', 'post:渝北区委书记', '2'),
      'person:张伟',
      'post:渝北区委书记',
      { type: 'HOLDS', evidence: [], asOf: '2020-01-01' },
    );
    await Promise.all([
      loadGraph(graph, conn(), { batchSize: 1 }),
      loadGraph(graph, conn(), { batchSize: 1 }),
    ]);
    expect(await totals(conn())).toEqual([graph.order, graph.size]);
    expect(await count(conn(), 'MATCH ()-[r]->() RETURN count(DISTINCT r.key)')).toBe(graph.size);
  });
});
