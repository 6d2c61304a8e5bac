import { describe, expect, it } from 'vitest';
import { exportGraph, importGraph } from '../../graph/json/index.ts';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { canonicalJson } from '../../graph/neo4j/properties.ts';
import { createTupuGraph } from '../../graph/json/index.ts';
import { openSession } from '../../graph/neo4j/driver.ts';
import { fetchGraph, fetchSubgraph } from '../../graph/neo4j/subgraph.ts';
import { smallGraph } from './fixture.ts';
import { count, useTestDatabase } from './helpers.ts';

const sansGraphAttributes = (g: ReturnType<typeof smallGraph>) => {
  const { nodes, edges } = exportGraph(g);
  return { nodes, edges };
};

describe('graph/neo4j round trip', () => {
  const conn = useTestDatabase();

  it('JSON -> Neo4j -> JSON keeps every node, edge and property', async () => {
    const graph = smallGraph();
    const result = await loadGraph(graph, conn());
    expect(result).toMatchObject({ nodes: graph.order, edges: graph.size });
    const back = await fetchGraph(conn());
    expect(sansGraphAttributes(back)).toEqual(sansGraphAttributes(graph));
    // and the JSON text survives a second trip through the parser
    expect(sansGraphAttributes(importGraph(exportGraph(back)))).toEqual(sansGraphAttributes(graph));
  });

  it('stores labels, relationship types, keys and evidence in the documented shape', async () => {
    expect(await count(conn(), 'MATCH (n:Person {key: "person:张伟"}) RETURN count(n)')).toBe(1);
    expect(await count(conn(), 'MATCH (:Person)-[r:HOLDS]->(:Post) RETURN count(r)')).toBe(2);
    const session = conn().driver.session();
    try {
      const res = await session.run(
        `MATCH (:Person {label: '张伟'})-[r:HOLDS]->(p:Post)
         RETURN p.label AS post, r.evidenceSentences AS sentences, r.evidenceArticles AS articles, r.evidence AS json`,
      );
      const rec = res.records[0]!;
      expect(rec.get('post')).toBe('渝北区委书记');
      expect(rec.get('sentences')).toEqual([
        '张伟任渝北区委书记。',
        '渝北区委书记张伟出席会议并讲话。',
      ]);
      expect(rec.get('articles')).toHaveLength(2);
      expect(JSON.parse(rec.get('json')[0])).toEqual({
        article: 'article:000_8574181c69006930#1',
        sentence: '张伟任渝北区委书记。',
      });
    } finally {
      await session.close();
    }
  });

  it('has a uniqueness constraint per label, none on relationships, and a full-text index over names, aliases and pinyin', async () => {
    expect(
      await count(
        conn(),
        "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'tupu_' RETURN count(*)",
      ),
    ).toBe(8);
    expect(
      await count(
        conn(),
        "SHOW CONSTRAINTS YIELD entityType WHERE entityType = 'RELATIONSHIP' RETURN count(*)",
      ),
    ).toBe(0);
    const hits = await fetchSubgraph(
      conn(),
      "CALL db.index.fulltext.queryNodes('tupu_names', $q) YIELD node RETURN node",
      { q: '西永微电子产业园区' },
    );
    expect(hits.hasNode('park:西永微电园')).toBe(true);
    const byPinyin = await fetchSubgraph(
      conn(),
      "CALL db.index.fulltext.queryNodes('tupu_names', $q) YIELD node RETURN node",
      { q: 'pinyin:"ji cheng dian lu"' },
    );
    expect(byPinyin.nodes()).toEqual(['industry:集成电路']);
  });

  it('fetchSubgraph turns paths and bare relationships into a graph, fetching missing ends', async () => {
    const path = await fetchSubgraph(
      conn(),
      'MATCH p = shortestPath((a:Person {label: $a})-[*..6]-(b:Person {label: $b})) RETURN p',
      { a: '张伟', b: '李娜' },
    );
    expect(path.hasNode('person:张伟') && path.hasNode('person:李娜')).toBe(true);
    expect(path.size).toBe(path.order - 1);
    const rels = await fetchSubgraph(conn(), 'MATCH ()-[r:FOCUSES_ON]->() RETURN r');
    expect(rels.order).toBe(2);
    expect(rels.getEdgeAttributes(rels.edges()[0]!).evidence).toHaveLength(1);
  });

  it('stores evidence the server builds from article and sentence exactly as the one sent whole', async () => {
    // Invented sentences. Plain items are built by the server from evidenceArticles and
    // evidenceSentences; quotes, backslashes, line breaks, astral characters and extra keys
    // are sent as canonical JSON: either way `evidence` is the canonical JSON of each item.
    const items = [
      { article: 'article:escape-1', sentence: '区长说："要抓紧。"' },
      { article: 'article:escape-2', sentence: '路径 C:\\数据\\园区\n第二行' },
      { article: 'article:escape-3', sentence: '𠀀园区揭牌。', date: '2025-03-01' },
    ];
    const plain = [{ article: 'article:plain-1', sentence: '张某出席会议。' }];
    const g = createTupuGraph();
    g.addNode('person:escape', { type: 'person', label: '转义' });
    g.addNode('post:escape', { type: 'post', label: '转义区长' });
    g.addNode('industry:escape', { type: 'industry', label: '转义产业' });
    g.addEdgeWithKey('HOLDS:escape', 'person:escape', 'post:escape', {
      type: 'HOLDS',
      evidence: items,
    });
    g.addEdgeWithKey('SPOKE_ABOUT:escape', 'person:escape', 'industry:escape', {
      type: 'SPOKE_ABOUT',
      evidence: plain,
    });
    await loadGraph(g, conn(), { mode: 'merge' });
    await loadGraph(g, conn(), { mode: 'merge' });
    const again = createTupuGraph();
    again.import(g.export());
    again.setEdgeAttribute('SPOKE_ABOUT:escape', 'evidence', [...plain, ...items.slice(0, 1)]);
    await loadGraph(again, conn(), { mode: 'merge' });
    const session = openSession(conn(), 'READ');
    try {
      const res = await session.run(
        `MATCH (:Person {key: 'person:escape'})-[r]->() RETURN type(r) AS t, r.evidence AS ev, r.evidenceSentences AS s ORDER BY t`,
      );
      const [holds, spoke] = res.records;
      expect(holds!.get('ev')).toEqual(items.map(canonicalJson));
      expect(holds!.get('s')).toEqual(items.map((e) => e.sentence));
      expect(spoke!.get('ev')).toEqual([...plain, items[0]!].map(canonicalJson));
      expect(spoke!.get('s')).toEqual([...plain, items[0]!].map((e) => e.sentence));
    } finally {
      await session.close();
    }
  });
});
