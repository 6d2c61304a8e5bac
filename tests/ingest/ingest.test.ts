import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringifyGraph, type TupuGraph } from '../../graph/json/index.ts';
import { ingestPaths } from '../../ingest/index.ts';

const run = promisify(execFile);
let graph: TupuGraph;

beforeAll(async () => {
  ({ graph } = await ingestPaths(['seeds']));
});

const node = (key: string) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined);

describe('ingest of the seed pages', () => {
  it('is deterministic: the same input gives byte-identical JSON', async () => {
    const again = await ingestPaths(['seeds']);
    expect(stringifyGraph(again.graph)).toBe(stringifyGraph(graph));
  });

  it('gives every edge evidence from an article that exists', () => {
    graph.forEachEdge((key, a) => {
      expect(a.evidence.length, key).toBeGreaterThan(0);
      for (const e of a.evidence) {
        expect(graph.hasNode(e.article), key).toBe(true);
        expect(e.sentence.length, key).toBeGreaterThan(0);
      }
    });
  });

  it('evidence sentences are printed in their article', () => {
    graph.forEachEdge((key, a) => {
      for (const e of a.evidence)
        expect(graph.getNodeAttribute(e.article, 'text'), key).toContain(e.sentence);
    });
  });

  it('links people, posts, organisations and districts', () => {
    expect(graph.hasEdge('HOLDS:person:于会文->post:渝北区委书记')).toBe(true);
    expect(graph.hasEdge('POST_IN:post:渝北区委书记->organization:渝北区委')).toBe(true);
    expect(graph.hasEdge('LOCATED_IN:organization:渝北区委->district:渝北区')).toBe(true);
    expect(graph.hasEdge('LOCATED_IN:district:渝北区->district:重庆市')).toBe(true);
  });

  it('merges aliases into one node and keeps them', () => {
    expect(node('park:西永微电子产业园区')?.aliases).toContain('西永微电园');
    expect(node('park:西永微电园')).toBeUndefined();
    expect(node('district:渝北区')?.aliases).toContain('渝北');
    expect(node('organization:市发展和改革委员会')).toBeUndefined();
    // A municipal office is named with its city; the forms printed are aliases.
    expect(node('post:重庆市发展改革委主任')?.aliases).toContain('市发展和改革委员会主任');
    expect(node('post:重庆市发展改革委主任')?.aliases).toContain('市发展改革委主任');
  });

  it('adds pinyin, in surname mode for people', () => {
    expect(node('person:于会文')?.pinyin).toBe('yu hui wen');
    expect(node('district:渝北区')?.pinyin).toBe('yu bei qu');
  });

  it('records bylines as WROTE with a role, never a post', () => {
    const wrote = graph.filterEdges((_, a) => a.type === 'WROTE');
    expect(wrote.length).toBeGreaterThan(20);
    const roles = new Set(wrote.map((e) => graph.getEdgeAttribute(e, 'role')));
    expect([...roles]).toEqual(expect.arrayContaining(['记者', '摄影', '实习生']));
  });

  it('never guesses a date: the seeds carry none', () => {
    graph.forEachNode((_, a) => {
      if (a.type === 'article') expect(a.date).toBeUndefined();
    });
  });
});

describe('bad input', () => {
  it('reports and skips unreadable files, ingests the rest, exits 1, writes atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-bad-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.from('caf\xe9 na\xefve r\xe9sum\xe9', 'latin1'),
    );
    await writeFile(
      join(dir, 'good.txt'),
      '某区发展新闻\n市人大代表、万州区委书记欧阳明表示，万州将加快发展。',
    );
    const out = join(dir, 'graph.json');
    const result = await run('node', [
      'bin/tupu.js',
      'ingest',
      dir,
      join(dir, 'missing.txt'),
      '--out',
      out,
      '-q',
    ]).catch((e) => e);
    expect(result.code).toBe(1);
    for (const f of [
      'empty.txt: empty file',
      'binary.txt: binary',
      'latin1.txt: unknown encoding',
      'missing.txt: no such file',
    ])
      expect(result.stderr).toContain(f);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(written.nodes.some((n: { key: string }) => n.key === 'person:欧阳明')).toBe(true);
  });

  it('writes no output file when nothing could be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-none-'));
    await writeFile(join(dir, 'empty.txt'), '');
    const out = join(dir, 'graph.json');
    const result = await run('node', ['bin/tupu.js', 'ingest', dir, '--out', out, '-q']).catch(
      (e) => e,
    );
    expect(result.code).toBe(1);
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a file above the per-file limit with a clear message, without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-big-'));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(33 * 1024 * 1024, 0x61));
    await writeFile(
      join(dir, 'small.txt'),
      '标题\n市政协委员、璧山区委书记司马良表示，璧山将加快发展。',
    );
    const { graph: g, report } = await ingestPaths([dir]);
    expect(report.skipped).toEqual([
      { path: join(dir, 'huge.txt'), reason: expect.stringMatching(/above the 32 MB limit/) },
    ]);
    expect(g.hasNode('person:司马良')).toBe(true);
  });

  it('reads GB18030 files', async () => {
    const { graph: g, report } = await ingestPaths(['tests/fixtures/heldout/h06.txt']);
    expect(report.skipped).toEqual([]);
    expect(g.filterNodes((_, a) => a.type === 'person').length).toBeGreaterThan(2);
  });
});
