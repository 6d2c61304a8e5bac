/**
 * e2e: a graph too big to settle before the first frame (above SYNC_SETTLE_LIMIT, below
 * SETTLE_LIMIT, no saved layout) is drawn at once, then settles with its progress in the
 * status line; the settled layout is saved.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyGraph } from '../../graph/json/index.ts';
import { SETTLE_LIMIT, SYNC_SETTLE_LIMIT } from '../../web/src/core/layout/index.ts';
import { syntheticGraph } from '../kit/synthetic.ts';
import { OUT_DIR } from '../kit/graph-files.ts';
import { waitForExplorer } from '../kit/browser.ts';
import { useExplorer } from './use-explorer.ts';

const nodes = Math.round((SYNC_SETTLE_LIMIT + SETTLE_LIMIT) / 2);
const graph = syntheticGraph({ nodes, edges: nodes * 3, seed: 4 });

const { page } = useExplorer(
  async () => {
    await mkdir(OUT_DIR, { recursive: true });
    const graphPath = join(OUT_DIR, 'synthetic-settle.json');
    await writeFile(graphPath, stringifyGraph(graph));
    return { graphPath };
  },
  { timeout: 60_000 },
);

const positions = () =>
  page().evaluate(() => window.__tupu.explorer.render.mapNodes((_k, a) => [a.x, a.y]));

describe(`a ${nodes}-node graph without a saved layout`, () => {
  it('draws first, then settles with its progress in the status line', async () => {
    const first = await positions();
    const progress = page().locator('[data-testid=layout-progress]');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.textContent()).toMatch(/\d+%/);
    await page().waitForFunction(() => window.__tupu.explorer.metrics.settled !== null, undefined, {
      timeout: 60_000,
    });
    expect(await progress.count()).toBe(0);
    const m = await page().evaluate(() => window.__tupu.explorer.metrics);
    expect(m.settled!).toBeGreaterThan(m.firstFrame!);
    expect(m.phases.settle).toBeGreaterThan(0);
    expect(await positions()).not.toEqual(first);
  });

  it('saves the settled layout: a reload draws it without settling again', async () => {
    const settled = await positions();
    await page().reload();
    await waitForExplorer(page(), 60_000);
    await page().waitForTimeout(300);
    const m = await page().evaluate(() => window.__tupu.explorer.metrics);
    expect(m.settled).toBeNull();
    const again = await positions();
    again.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(settled[i]![0]!, 1);
      expect(y).toBeCloseTo(settled[i]![1]!, 1);
    });
  });
});
