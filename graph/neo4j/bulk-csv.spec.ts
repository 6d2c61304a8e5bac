import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { createTupuGraph } from '../json/index.ts';
import {
  ARRAY_DELIMITER,
  csvValue,
  importArguments,
  writeBulkCsv,
  type BulkCsv,
} from './bulk-csv.ts';
import { readBufferSize } from './importer.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('graph/neo4j/bulk-csv', () => {
  it('types values as the driver stores them, and refuses what a CSV field cannot hold', () => {
    expect(csvValue(neo4j.int(3))).toEqual({ type: 'long', text: '3' });
    expect(csvValue(0.25)).toEqual({ type: 'double', text: '0.25' });
    expect(csvValue(['甲', '乙'])).toEqual({ type: 'string[]', text: `甲${ARRAY_DELIMITER}乙` });
    expect(csvValue([])).toBeUndefined();
    expect(csvValue([`甲${ARRAY_DELIMITER}乙`])).toBeUndefined();
    expect(csvValue(['甲', true])).toBeUndefined();
  });

  it('counts the bytes of the longest line, and sizes the read buffer to hold it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tupu-bulk-csv-'));
    const g = createTupuGraph();
    const label = '长'.repeat(200_000);
    g.addNode('article:long', { type: 'article', label });
    g.addNode('article:short', { type: 'article', label: '短' });
    const csv = await writeBulkCsv(g, dir);
    const lines = (await readFile(csv.nodes[0]!.path)).toString().split('\n');
    expect(csv.longestLine).toBe(Buffer.byteLength(lines[1]!) + 1);
    expect(csv.longestLine).toBeGreaterThan(600_000);
    expect(readBufferSize(csv.longestLine)).toBeGreaterThanOrEqual(2 * csv.longestLine);
    expect(readBufferSize(100)).toBe(256 * 1024);
  });

  it('splits by signature, quotes every field, isolates line breaks, and keeps fix-ups', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tupu-bulk-csv-'));
    const g = createTupuGraph();
    g.addNode('person:甲某', { type: 'person', label: '甲某', mentions: 2, articles: ['a'] });
    g.addNode('person:乙某', { type: 'person', label: '乙某"引号",逗号', aliases: [] });
    g.addNode('article:x', { type: 'article', label: '标题', text: '第一行\n第二行' });
    g.addEdgeWithKey('e1', 'person:甲某', 'article:x', {
      type: 'WROTE',
      evidence: [{ article: 'article:x', sentence: `含${ARRAY_DELIMITER}分隔符` }],
    });
    const csv = await writeBulkCsv(g, dir);
    expect(csv.nodes.map((n) => [n.token, n.rows, n.multiline])).toEqual([
      ['Person', 1, false],
      ['Person', 1, false],
      ['Article', 1, true],
    ]);
    const first = await readFile(csv.nodes[0]!.path, 'utf8');
    expect(first).toBe(
      ':ID,key:string,articles:string[],label:string,mentions:long,type:string\n0,"person:甲某","a","甲某","2","person"\n',
    );
    // The importer drops empty lists: the name goes into tupuEmptyLists, filled after the import.
    expect(await readFile(csv.nodes[1]!.path, 'utf8')).toBe(
      ':ID,key:string,label:string,tupuEmptyLists:string[],type:string\n1,"person:乙某","乙某""引号"",逗号","aliases","person"\n',
    );
    expect(csv.emptyLists).toEqual({ nodes: true, edges: false });
    // The evidence with the delimiter goes through MERGE after the import, its three lists
    // together (the edge keeps none of them in its CSV).
    expect(csv.fixNodes).toEqual([]);
    expect(csv.fixEdges.map((f) => f.row.key)).toEqual(['e1']);
    expect((await readFile(csv.edges[0]!.path, 'utf8')).split('\n')[0]).toBe(
      'key:string,:START_ID,:END_ID',
    );
    const args = importArguments(csv);
    expect(args).toContain(`--multiline-fields=${join(dir, 'nodes-2\\.csv')}`);
    expect(args.filter((a) => a.startsWith('--nodes=Person='))).toHaveLength(2);
  });

  it('writes the same rows with a worker thread for part of the edges as with one thread', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tupu-bulk-csv-'));
    const g = createTupuGraph();
    for (let i = 0; i < 12; i++) g.addNode(`person:某${i}`, { type: 'person', label: `某${i}` });
    for (let i = 0; i < 11; i++)
      g.addEdgeWithKey(`e${i}`, `person:某${i}`, `person:某${i + 1}`, {
        type: 'MENTIONS',
        count: i,
        evidence: i === 3 ? [{ article: 'a', sentence: `含${ARRAY_DELIMITER}` }] : [],
        weight: i === 4 ? undefined : 0.5,
      });
    const rows = async (csv: BulkCsv) => {
      const lines = await Promise.all(
        csv.edges.map(async (e) => (await readFile(e.path, 'utf8')).trim().split('\n').slice(1)),
      );
      const headers = csv.edges.map((e) => e.header).sort();
      return { lines: lines.flat().sort(), fix: csv.fixEdges, empty: csv.emptyLists, headers };
    };
    await mkdir(join(dir, 'one'));
    await mkdir(join(dir, 'two'));
    const one = await rows(await writeBulkCsv(g, join(dir, 'one'), { minEdgesForWorker: 99 }));
    const two = await writeBulkCsv(g, join(dir, 'two'), { minEdgesForWorker: 1 });
    // The worker's rows of a group this thread has too went into this thread's file (one
    // file per group for the importer to sample, as with one thread: same headers).
    expect(await rows(two)).toEqual(one);
    expect(two.edges.some((e) => e.path.includes('edges-w-') && e.rows > 1)).toBe(false);
    expect(one.lines).toHaveLength(11);
    expect(one.fix.map((f) => f.row.key)).toEqual(['e3']);
  });
});
