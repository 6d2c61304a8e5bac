import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../graph/json/index.ts';
import { registerExport } from '../../cli/export.ts';
import { runCli, runOnFixture, tempDir } from '../kit/cli.ts';
import { parseCsv } from '../kit/formats.ts';

const tmp = () => tempDir('tupu-export-');
const run = (args: string[], out: string) => runOnFixture(registerExport, 'export', args, out);

describe('tupu export', () => {
  it('writes an ego network as JSON, format from the extension', async () => {
    const out = join(tmp(), 'yb.json');
    const r = await run(['--ego', '渝北区', '--depth', '2'], out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ego network of 渝北区 \(district:渝北区\), depth 2: 8 nodes/);
    const g = parseGraphJson(readFileSync(out, 'utf8'));
    expect(g.hasNode('person:于会文')).toBe(true);
  });

  it('writes CSV into a directory, with a type filter', async () => {
    const dir = join(tmp(), 'csv');
    const r = await run(['--types', 'person,post', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const nodes = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'));
    const edges = parseCsv(readFileSync(join(dir, 'edges.csv'), 'utf8'));
    expect(nodes.length - 1).toBe(8);
    expect(edges.length - 1).toBe(5);
    const titles = edges[0]!.indexOf('evidence_titles');
    expect(edges[1]![titles]).toBe('融入新发展格局，推动高质量发展之路越走越宽广');
  });

  it.each(['gexf', 'graphml', 'cypher', 'svg'])('writes %s', async (format) => {
    const out = join(tmp(), `g.${format}`);
    const r = await run(['--format', format], out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('于会文');
  });

  it.each([
    [['--ego', '不存在'], /no node named "不存在"/],
    [['--depth', '2'], /--depth needs --ego/],
    [['--ego', '渝北区', '--depth', 'two'], /--depth must be a whole number/],
    [['--format', 'xlsx'], /unknown format "xlsx"/],
    [['--query', 'MATCH (n) RETURN n'], /^tupu export: give either --from or --query, not both$/],
    [['--types', 'persons'], /^tupu export: --types: unknown type\(s\) persons/],
  ])('refuses %j clearly, exit 1, nothing written', async (args, message) => {
    const out = join(tmp(), 'x.json');
    const r = await run(args, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('says when the graph file is missing', async () => {
    const r = await runCli(registerExport, [
      'export',
      '--from',
      '/nonexistent/g.json',
      '--out',
      join(tmp(), 'x.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/graph\/json: cannot read \/nonexistent\/g.json: no such file/);
  });
});
