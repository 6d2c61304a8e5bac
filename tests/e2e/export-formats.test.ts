/**
 * End-to-end: every format `tupu export` writes is downloadable from the screen (Export menu),
 * written by graph/export's writers, and each download parses: JSON, GEXF and GraphML (saxes,
 * a strict XML parser), both CSV files (RFC 4180 records), the Cypher script (one MERGE per node).
 */
import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, parseStrictXml } from '../kit/formats.ts';
import { useSeedsExplorer } from './use-explorer.ts';

const { page } = useSeedsExplorer({ open: true });

/** Click an export button and collect the `count` downloads it starts, by suggested file name. */
async function download(format: string, count = 1): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const done = new Promise<void>((resolve) => {
    const onDownload = async (d: import('playwright-core').Download) => {
      files.set(d.suggestedFilename(), await readFile((await d.path())!, 'utf8'));
      if (files.size === count) {
        page().off('download', onDownload);
        resolve();
      }
    };
    page().on('download', onDownload);
  });
  await page().click(`[data-testid=export-${format}]`);
  await done;
  return files;
}

async function downloadOne(format: string): Promise<[string, string]> {
  const [file] = [...(await download(format))];
  if (!file) throw new Error(`no ${format} download`);
  return file;
}

/** RFC 4180 records, every one closed by CRLF. */
function csvRecords(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsv(text);
}

describe('exports from the screen', () => {
  let visibleNodes: string[];
  let visibleEdges: number;

  beforeAll(async () => {
    // A filtered view, so an export that ignored the screen would show.
    await page().click('[data-testid=legend] [data-type=industry]');
    ({ visibleNodes, visibleEdges } = await page().evaluate(async () => {
      await window.__tupu.explorer.attachEdges();
      const { explorer } = window.__tupu;
      const g = explorer.data;
      const nodes = g.filterNodes(
        (k: string) => !explorer.visibility.nodes || explorer.visibility.nodes.has(k),
      );
      const set = new Set(nodes);
      const edges = g.filterEdges(
        (k: string, _a: unknown, s: string, t: string) =>
          set.has(s) &&
          set.has(t) &&
          (!explorer.visibility.edges || explorer.visibility.edges.has(k)),
      );
      return { visibleNodes: nodes.sort(), visibleEdges: edges.length };
    }));
    expect(visibleNodes.length).toBeGreaterThan(10);
    await page().click('[data-testid=export] summary');
  });

  it('graphology JSON reloads with the visible nodes', async () => {
    const [name, text] = await downloadOne('json');
    expect(name).toMatch(/\.json$/);
    const g = Graph.from(JSON.parse(text));
    expect(g.nodes().sort()).toEqual(visibleNodes);
    expect(g.size).toBe(visibleEdges);
  });

  it('GEXF and GraphML pass a strict XML parser and read back as the visible graph', async () => {
    for (const [format, parse] of [
      ['gexf', parseGexf],
      ['graphml', parseGraphml],
    ] as const) {
      const [name, xml] = await downloadOne(format);
      expect(name).toMatch(new RegExp(`\\.${format}$`));
      parseStrictXml(xml);
      const g = parse(Graph, xml);
      expect(g.nodes().sort(), format).toEqual(visibleNodes);
      expect(g.size, format).toBe(visibleEdges);
    }
  });

  it('CSV downloads two files, nodes and edges, one record per node / edge', async () => {
    const files = await download('csv', 2);
    const names = [...files.keys()].sort();
    expect(names[0]).toMatch(/-edges\.csv$/);
    expect(names[1]).toMatch(/-nodes\.csv$/);
    const nodes = csvRecords(files.get(names[1]!)!.replace(/^\uFEFF/, ''));
    const edges = csvRecords(files.get(names[0]!)!.replace(/^\uFEFF/, ''));
    expect(nodes[0]!.slice(0, 3)).toEqual(['key', 'type', 'label']);
    expect(
      nodes
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(visibleNodes);
    expect(edges.length - 1).toBe(visibleEdges);
    expect(new Set(edges.map((r) => r.length)).size).toBe(1);
  });

  it('the Cypher script merges every visible node', async () => {
    const [name, script] = await downloadOne('cypher');
    expect(name).toMatch(/\.cypher$/);
    expect(script).toMatch(/MERGE/);
    for (const key of visibleNodes.slice(0, 20)) expect(script).toContain(key.replace(/'/g, "\\'"));
    expect(script).not.toMatch(/'industry:/);
  });
});
