/**
 * The Cypher script export against a real Neo4j (the server tests/setup/neo4j.ts provides):
 * running the script recreates the subgraph exactly as graph/neo4j reads it back, and the
 * property mapping agrees with graph/neo4j's loader.
 */
import { describe, expect, it } from 'vitest';
import { isInt } from 'neo4j-driver';
import { exportGraph, type TupuGraph } from '../../graph/json/index.ts';
import { edgeProperties, nodeProperties, writeCypher } from '../../graph/export/index.ts';
import { edgeRow, nodeRow } from '../../graph/neo4j/props.ts';
import { openSession } from '../../graph/neo4j/driver.ts';
import { fetchGraph } from '../../graph/neo4j/subgraph.ts';
import { useTestDatabase, clearDatabase } from '../neo4j/helpers.ts';
import { awkwardGraph } from '../kit/synthetic.ts';
import { exportFixture as fixture } from '../kit/fixtures.ts';

const plain = (v: unknown): unknown =>
  isInt(v) ? v.toNumber() : Array.isArray(v) ? v.map(plain) : v;
const plainMap = (m: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(m)
      .map(([k, v]) => [k, plain(v)])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
const content = (g: TupuGraph) => {
  const { nodes, edges } = exportGraph(g);
  return { nodes, edges };
};

describe('graph/export Cypher script mapping', () => {
  it('agrees with graph/neo4j/props.ts for every node and edge', () => {
    for (const g of [fixture(), awkwardGraph(80, 200, 5)]) {
      g.forEachNode((k, a) => {
        const row = nodeRow(k, a);
        const expected = {
          ...row.props,
          ...(row.aliases ? { aliases: row.aliases } : {}),
          ...(row.articles ? { articles: row.articles } : {}),
          ...(row.mentions !== null ? { mentions: row.mentions } : {}),
        };
        expect(nodeProperties(a)).toEqual(plainMap(expected));
      });
      g.forEachEdge((e, a, s, t) => {
        const row = edgeRow(e, s, t, a);
        const expected = {
          ...row.props,
          ...(row.ev
            ? { evidence: row.ev, evidenceArticles: row.evA!, evidenceSentences: row.evS! }
            : {}),
        };
        expect(edgeProperties(a)).toEqual(plainMap(expected));
      });
    }
  });
});

describe('graph/export Cypher script in Neo4j', () => {
  const conn = useTestDatabase();

  async function runScript(script: string): Promise<void> {
    const session = openSession(conn(), 'WRITE');
    try {
      for (const stmt of script
        .split(/;\n/)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean))
        await session.run(stmt);
    } finally {
      await session.close();
    }
  }

  it.each([
    ['fixture', fixture],
    ['synthetic', () => awkwardGraph(80, 200, 9)],
  ])('recreates the %s graph losslessly (and idempotently)', async (_n, make) => {
    await clearDatabase(conn());
    const g = make();
    await runScript(writeCypher(g));
    await runScript(writeCypher(g));
    expect(content(await fetchGraph(conn()))).toEqual(content(g));
  });
});
