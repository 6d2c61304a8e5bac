import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatCsv, formatTable } from '../../graph/neo4j/format.ts';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { parseParam, runQuery } from '../../graph/neo4j/query.ts';
import { smallGraph } from './fixture.ts';
import { testConfig, useTestDatabase } from './helpers.ts';

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['bin/tupu.js', 'query', ...args], {
    env: { ...process.env, NEO4J_URI: testConfig().uri },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('table output', () => {
  it('aligns columns by display width: a Chinese character takes two cells', () => {
    expect(displayWidth('渝北区')).toBe(6);
    const text = formatTable(
      ['名称', 'n'],
      [
        ['西永微电园', 1],
        ['two', 22],
        ['渝北区（两江）', 333],
      ],
    );
    const lines = text.trimEnd().split('\n');
    const barAt = (line: string) => displayWidth(line.slice(0, line.indexOf('│')));
    expect(new Set(lines.filter((l) => l.includes('│')).map(barAt)).size).toBe(1);
    expect(lines[1]).toMatch(/^─+┼─+$/);
  });

  it('clips long cells with an ellipsis and keeps lines on one row', () => {
    const text = formatTable(['s'], [['中'.repeat(100)], ['a\nb']], 20);
    expect(text).toContain('中'.repeat(9) + '…');
    expect(text).toContain('a ⏎ b');
  });

  it('writes RFC 4180 CSV', () => {
    expect(formatCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n');
  });
});

describe('parameters', () => {
  it('reads JSON when it parses, text otherwise; whole numbers are integers', () => {
    expect(parseParam('person=胡衡华')).toEqual(['person', '胡衡华']);
    expect(parseParam('s="5"')).toEqual(['s', '5']);
    expect(parseParam('xs=["a","b"]')).toEqual(['xs', ['a', 'b']]);
    const [, n] = parseParam('n=5');
    expect(String(n)).toBe('5');
    expect(() => parseParam('nope')).toThrow(
      /^graph\/neo4j: a query parameter is written name=value/,
    );
  });

  it('the CLI names the flag (graph/ says what is wrong in its own terms)', () => {
    const r = cli(['RETURN $x', '--param', 'nope']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'tupu query: --param: a query parameter is written name=value, got "nope"',
    );
  });
});

describe('tupu query against Neo4j', () => {
  const conn = useTestDatabase();

  it('runs a query with parameters, as a table, JSON or CSV', async () => {
    await loadGraph(smallGraph(), conn());
    const q =
      'MATCH (p:Person {label: $person})-[h:HOLDS]->(post:Post) RETURN post.label AS post, size(h.evidence) AS n';
    const table = cli([q, '--param', 'person=张伟']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^post\s+│ n$/);
    expect(table.stdout).toContain('渝北区委书记 │ 2');
    const json = cli([q, '--param', 'person=张伟', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([{ post: '渝北区委书记', n: 2 }]);
    const csv = cli([q, '-p', 'person=张伟', '-f', 'csv']);
    expect(csv.stdout).toBe('post,n\r\n渝北区委书记,2\r\n');
  });

  it('refuses a write in read mode with a clear message, and allows it with --write', async () => {
    const write = "CREATE (:Industry {key: 'industry:测试', label: '测试', type: 'industry'})";
    const refused = cli([write]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^tupu query: this query writes.*; add --write to run it$/,
    );
    const count = 'MATCH (i:Industry {label: "测试"}) RETURN count(i) AS n';
    expect((await runQuery(conn(), count)).rows[0]![0]).toEqual(
      expect.objectContaining({ low: 0 }),
    );
    const allowed = cli([write, '--write']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('nodesCreated: 1');
    expect(String((await runQuery(conn(), count)).rows[0]![0])).toBe('1');
  });

  it('explains a Cypher syntax error without a stack trace', () => {
    const bad = cli(['MATCH (n RETURN n']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^graph\/neo4j: Neo\.ClientError\.Statement\.SyntaxError/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
