/**
 * docs/cypher.md: every worked query runs, with its parameters, against the graph ingested
 * from seeds/ and loaded into Neo4j, and answers what the doc says it answers.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { runQuery } from '../../graph/neo4j/query.ts';
import { toJsonValue } from '../../graph/neo4j/format.ts';
import { ingestPaths } from '../../ingest/index.ts';
import { useTestDatabase } from './helpers.ts';

interface Worked {
  title: string;
  cypher: string;
  params: Record<string, unknown>;
}

function workedQueries(): Worked[] {
  const md = readFileSync('docs/cypher.md', 'utf8');
  return [...md.matchAll(/^## (.+)\n[\s\S]*?```cypher\n([\s\S]*?)```/gm)].map((m) => ({
    title: m[1]!,
    cypher: m[2]!,
    params: JSON.parse(/^\/\/ params: (.*)$/m.exec(m[2]!)?.[1] ?? '{}'),
  }));
}

type Row = Record<string, unknown>;

/** What each query must show on the seeds (by its number in the doc). */
const EXPECT: Record<number, (rows: Row[]) => void> = {
  1: (rows) => {
    // A home office is labelled with its area (市长 in a Chongqing story is 重庆市市长).
    expect(rows.map((r) => r.post)).toContain('重庆市市长');
    for (const r of rows) expect((r.evidence as string[]).length).toBeGreaterThan(0);
  },
  2: (rows) =>
    expect(
      rows
        .filter((r) => r.post === '渝北区委书记')
        .map((r) => r.person)
        .sort(),
    ).toEqual(['于会文', '常斌']),
  3: (rows) =>
    expect(rows).toContainEqual(
      expect.objectContaining({ park: '西永微电子产业园区', industry: '集成电路' }),
    ),
  4: (rows) => expect(rows.map((r) => r.run_by)).toContain('渝北区'),
  5: (rows) => rows.forEach((r) => expect(r.industry).toContain('汽车')),
  6: (rows) => {
    const via = rows[0]!.via as string[];
    expect([via[0], via.at(-1)]).toEqual(['常斌', '胡衡华']);
    expect(rows[0]!.hops).toBeGreaterThan(0);
  },
  7: (rows) => expect(rows[0]!.articles).toBeGreaterThanOrEqual(2),
  8: (rows) => expect(rows).toContainEqual(expect.objectContaining({ post: '渝北区委书记' })),
  9: (rows) =>
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['西永微电子产业园区', '南川区']),
    ),
  10: (rows) =>
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['District', 'Person', 'Post'])),
};

describe('docs/cypher.md on the seeds', () => {
  const conn = useTestDatabase();
  const queries = workedQueries();

  beforeAll(async () => {
    const { graph } = await ingestPaths(['seeds']);
    await loadGraph(graph, conn());
  });

  it('has ten worked queries', () => expect(queries).toHaveLength(10));

  queries.forEach((q, i) =>
    it(q.title, async () => {
      const result = await runQuery(conn(), q.cypher, q.params);
      const rows = result.rows.map((r) =>
        Object.fromEntries(result.columns.map((c, j) => [c, toJsonValue(r[j])])),
      );
      expect(rows.length).toBeGreaterThan(0);
      EXPECT[i + 1]!(rows);
    }),
  );
});
