/**
 * End-to-end: shift+drag on the canvas picks several nodes (a box, a triangle lasso, Ctrl to
 * add) in Debian Chromium. The expected keys are computed here from where the page draws the
 * nodes (plain bounds and half-plane tests, not the page's point-in-polygon), for a region
 * chosen by structure, never by name. Then: the set is listed, kept in the URL, highlighted,
 * exported from the node menu, and cleared by Esc.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForExplorer } from '../kit/browser.ts';
import { useSeedsExplorer } from './use-explorer.ts';

const { page, url } = useSeedsExplorer();

interface Drawn {
  key: string;
  x: number;
  y: number;
}

/** The nodes the canvas shows (not hidden, articles left out as the lasso does), in page pixels. */
function drawnNodes(p: Page): Promise<{ nodes: Drawn[]; box: DOMRect }> {
  return p.evaluate(() => {
    const { sigma, render } = window.__tupu.explorer;
    const box = sigma.getContainer().getBoundingClientRect();
    const nodes = render
      .filterNodes((k, a) => a.nodeType !== 'article' && !sigma.getNodeDisplayData(k)?.hidden)
      .map((key) => {
        const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
        return { key, x: box.left + v.x, y: box.top + v.y };
      });
    return { nodes, box: box.toJSON() as DOMRect };
  });
}

interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  inBox: string[];
  /** Inside the triangle (x0,y0) (x1,y0) (x0,y1): the box's upper-left half. */
  inTriangle: string[];
}

/**
 * A box around some node holding 3+ nodes whose upper-left triangle holds fewer (but some),
 * with no node within 5 px of an edge of either shape, so the expectation is unambiguous.
 */
function findRegion(nodes: Drawn[], box: DOMRect): Region {
  const margin = 5;
  // A dense graph leaves few clean edges for a big box: smaller boxes and boxes shifted off the
  // node's centre are tried too (a few hundred nodes on the seeds' first screen).
  for (const size of [160, 220, 300, 120, 400, 100, 80, 60]) {
    for (const centre of nodes)
      for (const [dx, dy] of [
        [0, 0],
        [0.25, 0.25],
        [-0.25, -0.25],
        [0.25, -0.25],
        [-0.25, 0.25],
      ]) {
        const x0 = Math.max(box.left + 10, centre.x - size / 2 + dx! * size);
        const y0 = Math.max(box.top + 10, centre.y - size / 2 + dy! * size);
        const x1 = Math.min(box.right - 10, x0 + size);
        const y1 = Math.min(box.bottom - 10, y0 + size);
        // Signed distance to the diagonal from (x1,y0) to (x0,y1), in pixels.
        const diag = (n: Drawn) =>
          ((n.x - x0) / (x1 - x0) + (n.y - y0) / (y1 - y0) - 1) /
          Math.hypot(1 / (x1 - x0), 1 / (y1 - y0));
        const near = nodes.some(
          (n) =>
            (Math.abs(n.x - x0) < margin || Math.abs(n.x - x1) < margin) &&
            n.y > y0 - margin &&
            n.y < y1 + margin,
        );
        const nearY = nodes.some(
          (n) =>
            (Math.abs(n.y - y0) < margin || Math.abs(n.y - y1) < margin) &&
            n.x > x0 - margin &&
            n.x < x1 + margin,
        );
        if (near || nearY) continue;
        const inBox = nodes.filter((n) => n.x > x0 && n.x < x1 && n.y > y0 && n.y < y1);
        if (inBox.some((n) => Math.abs(diag(n)) < margin)) continue;
        const inTriangle = inBox.filter((n) => diag(n) < 0);
        if (inBox.length >= 3 && inTriangle.length >= 1 && inTriangle.length < inBox.length)
          return {
            x0,
            y0,
            x1,
            y1,
            inBox: inBox.map((n) => n.key).sort(),
            inTriangle: inTriangle.map((n) => n.key).sort(),
          };
      }
  }
  throw new Error('no region of the canvas fits the test');
}

/** Drag through these points with Shift (and Ctrl) held, in small steps as a hand does. */
async function lasso(p: Page, points: Array<[number, number]>, ctrl = false): Promise<void> {
  await p.keyboard.down('Shift');
  if (ctrl) await p.keyboard.down('Control');
  await p.mouse.move(points[0]![0], points[0]![1]);
  await p.mouse.down();
  for (const [x, y] of points.slice(1)) await p.mouse.move(x, y, { steps: 8 });
  await p.mouse.up();
  if (ctrl) await p.keyboard.up('Control');
  await p.keyboard.up('Shift');
}

const picked = () => page().evaluate(() => [...window.__tupu.explorer.state.picked].sort());
const camera = () => page().evaluate(() => window.__tupu.explorer.sigma.getCamera().getState());

describe('lasso selection on the canvas', () => {
  let region: Region;

  it('shift+drag a box picks exactly the nodes drawn inside it; the camera stays', async () => {
    await page().goto(url());
    await waitForExplorer(page());
    await page().waitForTimeout(300);
    const { nodes, box } = await drawnNodes(page());
    region = findRegion(nodes, box);
    const { x0, y0, x1, y1 } = region;
    const before = await camera();
    await lasso(page(), [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ]);
    expect(await picked()).toEqual(region.inBox);
    expect(await camera()).toEqual(before);
    // Listed in the panel, one item per node, and kept in the URL.
    const listed = await page().$$eval('[data-testid=picked-item]', (li) =>
      li.map((x) => x.getAttribute('data-key')!).sort(),
    );
    expect(listed).toEqual(region.inBox);
    expect(new URL(page().url()).searchParams.get('pick')?.split('|').sort()).toEqual(region.inBox);
    // Highlighted: sigma draws each picked node as highlighted.
    const highlighted = await page().evaluate((keys) => {
      const { sigma } = window.__tupu.explorer;
      return keys.filter((k) => sigma.getNodeDisplayData(k)?.highlighted);
    }, region.inBox);
    expect(highlighted.sort()).toEqual(region.inBox);
  });

  it('a triangle lasso leaves out the nodes of its box outside the triangle', async () => {
    const { x0, y0, x1, y1 } = region;
    await lasso(page(), [
      [x0, y0],
      [x1, y0],
      [x0, y1],
    ]);
    expect(await picked()).toEqual(region.inTriangle);
  });

  it('with Ctrl the lasso adds to the picked set', async () => {
    const { x0, y0, x1, y1 } = region;
    // The box's lower-right triangle: together with the upper-left one, the whole box.
    await lasso(
      page(),
      [
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
      true,
    );
    expect(await picked()).toEqual(region.inBox);
  });

  it('right-click on a picked node exports the picked set; Esc clears it', async () => {
    const key = region.inBox[0]!;
    const at = (await drawnNodes(page())).nodes.find((n) => n.key === key)!;
    await page().mouse.click(at.x, at.y, { button: 'right' });
    await page().click('[data-testid=menu-export-picked]');
    // The right-clicked node stayed where it was (it used to follow the pointer to the menu).
    const after = (await drawnNodes(page())).nodes.find((n) => n.key === key)!;
    expect([after.x, after.y]).toEqual([at.x, at.y]);
    expect(await page().$eval('[data-testid=export]', (d) => (d as HTMLDetailsElement).open)).toBe(
      true,
    );
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().click('[data-testid=export-json]'),
    ]);
    const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      nodes: Array<{ key: string }>;
    };
    expect(json.nodes.map((n) => n.key).sort()).toEqual(region.inBox);
    await page().click('[data-testid=export] > summary'); // close the menu over the panel
    await page().click('[data-testid=picked-clear]');
    expect(await picked()).toEqual([]);
    expect(await page().isHidden('[data-testid=picked-panel]')).toBe(true);
    await lasso(page(), [
      [region.x0, region.y0],
      [region.x1, region.y0],
      [region.x1, region.y1],
      [region.x0, region.y1],
    ]);
    expect(await picked()).toEqual(region.inBox);
    await page().mouse.move(region.x0 - 5, region.y0 - 5);
    await page().keyboard.press('Escape');
    await page().waitForFunction(() => window.__tupu.explorer.state.picked.length === 0);
  });

  it('right-click hides the picked set; the status line shows it again', async () => {
    const box: Array<[number, number]> = [
      [region.x0, region.y0],
      [region.x1, region.y0],
      [region.x1, region.y1],
      [region.x0, region.y1],
    ];
    await lasso(page(), box);
    expect(await picked()).toEqual(region.inBox);
    const key = region.inBox[0]!;
    const at = (await drawnNodes(page())).nodes.find((n) => n.key === key)!;
    await page().mouse.click(at.x, at.y, { button: 'right' });
    await page().click('[data-testid=menu-hide-picked]');
    const shown = (keys: string[]) =>
      page().evaluate((ks) => {
        const { sigma } = window.__tupu.explorer;
        return ks.filter((k) => !sigma.getNodeDisplayData(k)?.hidden);
      }, keys);
    expect(await shown(region.inBox)).toEqual([]);
    expect(await picked()).toEqual([]);
    expect(new URL(page().url()).searchParams.get('hid')?.split('|').sort()).toEqual(region.inBox);
    await page().click('[data-testid=show-hidden]');
    expect((await shown(region.inBox)).sort()).toEqual(region.inBox);
  });
});
