import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerReport } from '../../cli/report.ts';
import { runCli, runOnFixture, tempDir } from '../kit/cli.ts';
import { EXTERNAL, S1 } from './helpers.ts';

const tmp = () => tempDir('tupu-report-');
const run = (args: string[], out: string) => runOnFixture(registerReport, 'report', args, out);

describe('tupu report', () => {
  it('writes one self-contained HTML file for an ego network', async () => {
    const out = join(tmp(), '渝北区.html');
    const r = await run(['--ego', '渝北区', '--depth', '2'], out);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>渝北区 关系报告</title>');
    expect(html).toContain(S1);
    for (const re of EXTERNAL) expect(html).not.toMatch(re);
  });

  it('writes Markdown with the SVG beside it', async () => {
    const dir = tmp();
    const r = await run(['--ego', '于会文', '--format', 'md'], join(dir, 'yu.md'));
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'yu.md'), 'utf8')).toContain('![关系图 Graph](yu.svg)');
    expect(readFileSync(join(dir, 'yu.svg'), 'utf8')).toContain('于会文');
  });

  it.each([
    [['--ego', '不存在区'], /no node named "不存在区"/],
    [['--query', '   '], /empty Cypher query/],
    [['--format', 'docx'], /unknown format "docx"/],
  ])('refuses %j clearly, exit 1, no document', async (args, message) => {
    const out = join(tmp(), 'r.html');
    const r =
      args[0] === '--query'
        ? await runCli(registerReport, ['report', ...args, '--out', out])
        : await run(args, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
