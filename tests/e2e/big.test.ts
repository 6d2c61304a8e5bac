/**
 * e2e on a seeded synthetic graph above the progressive-edges threshold: nodes are drawn
 * first (while the edges download), the edges right after; search, hover, selection and export work on it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyGraph } from '../../graph/json/index.ts';
import { syntheticGraph } from '../kit/synthetic.ts';
import { OUT_DIR } from '../kit/graph-files.ts';
import { waitForExplorer } from '../kit/browser.ts';
import { useExplorer } from './use-explorer.ts';

const errors: string[] = [];
const graph = syntheticGraph({ nodes: 6000, edges: 60_000, seed: 9, layout: 'clustered' });

const { page, url, browser } = useExplorer(
  async () => {
    await mkdir(OUT_DIR, { recursive: true });
    const graphPath = join(OUT_DIR, 'synthetic-6k.json');
    await writeFile(graphPath, stringifyGraph(graph));
    return { graphPath };
  },
  { watch: (page) => page.on('pageerror', (e) => errors.push(e.message)), timeout: 60_000 },
);

describe('a 6k-node / 60k-edge graph', () => {
  it('draws nodes first, then all edges', async () => {
    await page().waitForFunction(
      () => window.__tupu.explorer.metrics.edgesFrame !== null,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const sizes = await page().evaluate(() => {
      const e = window.__tupu.explorer;
      return {
        data: e.data.size,
        render: e.render.size,
        first: e.metrics.firstFrame!,
        edges: e.metrics.edgesFrame!,
        streamed: e.metrics.phases.edgesDownload !== undefined,
      };
    });
    // the file is big enough for its nodes to be shown while its edges still download
    expect(sizes.streamed).toBe(true);
    expect(sizes.render).toBe(graph.size);
    expect(sizes.data).toBe(graph.size);
    expect(sizes.edges).toBeGreaterThanOrEqual(sizes.first);
  });

  it('searches, selects, hovers (partial refresh) without errors', async () => {
    const [key, attrs] = [graph.nodes()[123]!, graph.getNodeAttributes(graph.nodes()[123]!)];
    await page().fill('[data-testid=search]', attrs.label);
    await page().waitForSelector('[data-testid=search-result]');
    await page().press('[data-testid=search]', 'Enter');
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, key);
    expect(await page().textContent('[data-testid=node-panel]')).toContain(attrs.label);
    await page().evaluate((k) => {
      window.__tupu.explorer.hover(k);
      window.__tupu.explorer.hover(null);
    }, key);
    expect(errors).toEqual([]);
  });

  it('keeps the nodes and says why when the edges part of the file is broken', async () => {
    const text = stringifyGraph(graph);
    const page = await browser().context.newPage();
    try {
      // a download cut short: the nodes arrive whole, the edges do not
      await page.route(
        (url) => url.pathname.endsWith('/cut.json'),
        (route) => route.fulfill({ contentType: 'application/json', body: text.slice(0, -5000) }),
      );
      await page.goto(`${url()}?graph=./cut.json`);
      await waitForExplorer(page, 60_000);
      await page.waitForSelector('[data-testid=message].error', { timeout: 60_000 });
      const message = await page.textContent('[data-testid=message]');
      expect(message).toContain('cut.json');
      expect(message).toContain('not JSON');
      const counts = await page.evaluate(() => ({
        nodes: window.__tupu.explorer.data.order,
        edges: window.__tupu.explorer.data.size,
      }));
      expect(counts).toEqual({ nodes: graph.order, edges: 0 });
    } finally {
      await page.close();
    }
  });
});
