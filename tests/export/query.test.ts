/** `--query`: export and report from a Cypher query against the test Neo4j server. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../graph/json/index.ts';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { registerExport } from '../../cli/export.ts';
import { registerReport } from '../../cli/report.ts';
import { testConfig, useTestDatabase } from '../neo4j/helpers.ts';
import { runCli } from '../kit/cli.ts';
import { exportFixture as fixture } from '../kit/fixtures.ts';

const EGO = `MATCH p = (d:District {label: '渝北区'})-[*1..2]-(x)
WHERE all(n IN nodes(p) WHERE NOT n:Article) RETURN p`;

describe('export and report from a Cypher query', () => {
  const conn = useTestDatabase();
  const saved = process.env.NEO4J_URI;
  beforeAll(async () => {
    await loadGraph(fixture(), conn());
    process.env.NEO4J_URI = testConfig().uri;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.NEO4J_URI;
    else process.env.NEO4J_URI = saved;
  });

  it('exports what the query returns', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tupu-q-')), 'q.json');
    const r = await runCli(registerExport, ['export', '--query', EGO, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const g = parseGraphJson(readFileSync(out, 'utf8'));
    expect(g.hasNode('person:于会文')).toBe(true);
    expect(g.hasNode('post:渝北区委书记')).toBe(true);
    expect(g.getEdgeAttribute('HOLDS:person:于会文->post:渝北区委书记', 'evidence')).toHaveLength(
      1,
    );
  });

  it('reports it, with sources fetched from the database', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tupu-q-')), 'q.html');
    const r = await runCli(registerReport, [
      'report',
      '--query',
      EGO,
      '--types',
      'person,post,district,organization',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('渝北区委书记');
    expect(html).toContain('融入新发展格局，推动高质量发展之路越走越宽广');
    expect(html).toContain('Cypher query: MATCH p');
  });

  it('refuses a query that returns nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tupu-q-')), 'none.html');
    const r = await runCli(registerReport, [
      'report',
      '--query',
      "MATCH (n:Person {label: '没有'}) RETURN n",
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the query returned no nodes/);
    expect(existsSync(out)).toBe(false);
  });
});
