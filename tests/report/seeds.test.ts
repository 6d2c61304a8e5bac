/**
 * End to end on the seeds: `tupu ingest seeds`, then `tupu report` and `tupu export` through
 * bin/tupu.js, as a user runs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/json/file.ts';
import { withPage } from '../../report/chromium.ts';
import { decodePng, stats } from './pixels.ts';
import { EXTERNAL } from './helpers.ts';

const haveIngest = existsSync('cli/ingest.ts') && existsSync('ingest/index.ts');
const tupu = (...args: string[]) =>
  execFileSync('node', ['bin/tupu.js', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe.skipIf(!haveIngest)('report and export on the seeds graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tupu-seeds-'));
  const graphPath = join(dir, 'graph.json');
  beforeAll(() => {
    tupu('ingest', 'seeds', '--out', graphPath);
  }, 300_000);

  it('渝北区 depth 2: its party secretary, posts, evidence and sources; self-contained', async () => {
    const out = join(dir, '渝北区.html');
    tupu('report', '--from', graphPath, '--ego', '渝北区', '--depth', '2', '--out', out);
    const html = readFileSync(out, 'utf8');
    for (const text of [
      '渝北区 关系报告',
      '于会文',
      '渝北区委书记',
      '市人大代表',
      '渝北区委书记于会文表示',
      'seeds/000_8574181c69006930.txt',
    ])
      expect(html).toContain(text);
    for (const re of EXTERNAL) expect(html).not.toMatch(re);
    const png = await withPage(html, (page) => page.screenshot({ fullPage: true }));
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync('tests/artifacts/report-seeds-yubei.png', png);
    expect(stats(decodePng(png)).stddev).toBeGreaterThan(10);
  });

  it('the same report twice gives the same drawing', { timeout: 120_000 }, () => {
    const [a, b] = ['a.md', 'b.md'].map((f) => {
      tupu('report', '--from', graphPath, '--ego', '渝北区', '--depth', '2', '--out', join(dir, f));
      return readFileSync(join(dir, f.replace('.md', '.svg')), 'utf8');
    });
    expect(a).toBe(b);
  });

  it('exports the seeds graph in every format, parsing back', { timeout: 180_000 }, async () => {
    const g = await readGraphFile(graphPath);
    for (const format of ['gexf', 'graphml', 'cypher', 'json'])
      tupu('export', '--from', graphPath, '--format', format, '--out', join(dir, `all.${format}`));
    tupu('export', '--from', graphPath, '--format', 'csv', '--out', join(dir, 'csv'));
    expect(parseGexf(MultiDirectedGraph, readFileSync(join(dir, 'all.gexf'), 'utf8')).size).toBe(
      g.size,
    );
    expect(
      parseGraphml(MultiDirectedGraph, readFileSync(join(dir, 'all.graphml'), 'utf8')).order,
    ).toBe(g.order);
    expect(readFileSync(join(dir, 'all.json'), 'utf8')).toBe(readFileSync(graphPath, 'utf8'));
    expect(readFileSync(join(dir, 'csv', 'edges.csv'), 'utf8')).toContain('渝北区委书记于会文表示');
  });

  it('unknown names fail with a message and exit 1', () => {
    let err: { status?: number; stderr?: string } = {};
    try {
      tupu('report', '--from', graphPath, '--ego', '火星区', '--out', join(dir, 'x.html'));
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(1);
    expect(err.stderr).toMatch(/no node named "火星区"/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});
