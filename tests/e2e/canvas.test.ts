/**
 * End-to-end: clicks on the canvas itself (not the search box) in Debian Chromium, from the
 * first event of a fresh page: click selects, double click focuses and the camera fits the
 * result, background click / Esc / ✕ clear, Back and Forward step through the view.
 * Nodes are chosen from the loaded graph (the best-connected person), never by name.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOf, waitForExplorer } from '../kit/browser.ts';
import { useSeedsExplorer } from './use-explorer.ts';

const { page, url } = useSeedsExplorer();

/** The n-th best-connected node of a type (degree without articles), as the page sees it. */
function pick(p: Page, type: string, rank = 0): Promise<string> {
  return p.evaluate(
    ([t, r]) => {
      const { data } = window.__tupu.explorer;
      const degree = (k: string) =>
        data.neighbors(k).filter((n) => data.getNodeAttribute(n, 'type') !== 'article').length;
      const keys = data.filterNodes((_k, a) => a.type === t);
      keys.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
      return keys[r as number]!;
    },
    [type, rank] as const,
  );
}

/** A point of the canvas with no node under it. */
function emptyPoint(p: Page): Promise<{ x: number; y: number }> {
  return p.evaluate(() => {
    const { sigma } = window.__tupu.explorer;
    const picker = sigma as unknown as {
      getNodeAtPosition(at: { x: number; y: number }): string | null;
    };
    const container = sigma.getContainer();
    const box = container.getBoundingClientRect();
    // No node there, and nothing drawn over the canvas there (a menu, a tooltip, a control).
    const onCanvas = (x: number, y: number) => {
      const hit = document.elementFromPoint(box.left + x, box.top + y);
      return hit instanceof HTMLCanvasElement && container.contains(hit);
    };
    for (let y = 40; y < box.height - 20; y += 17) {
      for (let x = 40; x < box.width - 20; x += 17) {
        if (!picker.getNodeAtPosition({ x, y }) && onCanvas(x, y))
          return { x: box.left + x, y: box.top + y };
      }
    }
    throw new Error('no empty point');
  });
}

const state = () => page().evaluate(() => window.__tupu.explorer.state);

async function settle(): Promise<void> {
  // camera animations last 400 ms
  await page().waitForTimeout(600);
}

describe('canvas interaction', () => {
  it('the first click on a fresh page selects the node under it (5 fresh loads)', async () => {
    let selected = 0;
    let target = '';
    for (let i = 0; i < 5; i++) {
      await page().goto(url());
      await waitForExplorer(page());
      target = await pick(page(), 'person');
      const at = await pointOf(page(), target);
      await page().mouse.click(at.x, at.y);
      await page().waitForTimeout(200);
      if ((await state()).selected === target) selected++;
    }
    expect(selected).toBe(5);
    expect(await page().textContent('[data-testid=node-panel]')).toContain(
      target.split(':').slice(1).join(':'),
    );
  });

  it('background click, Esc and ✕ clear the selection', async () => {
    const person = (await state()).selected!;
    // Separate clicks, as a user makes them: two clicks within sigma's double-click time
    // (300 ms) are one double click, which focuses instead of selecting.
    await settle();
    const empty = await emptyPoint(page());
    await page().mouse.click(empty.x, empty.y);
    await page().waitForFunction(() => window.__tupu.explorer.state.selected === null);

    await settle();
    let at = await pointOf(page(), person);
    await page().mouse.click(at.x, at.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    await page().keyboard.press('Escape');
    await page().waitForFunction(() => window.__tupu.explorer.state.selected === null);

    await settle();
    at = await pointOf(page(), person);
    await page().mouse.click(at.x, at.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    await page().click('[data-testid=node-panel-close]');
    expect((await state()).selected).toBeNull();
  });

  it('double click focuses; the camera fits the focus; Back and Forward step through', async () => {
    await page().goto(url());
    await waitForExplorer(page());
    const post = await pick(page(), 'post');
    const person = await pick(page(), 'person');
    const before = page().url();
    let at = await pointOf(page(), person);
    await page().mouse.click(at.x, at.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    const afterSelect = page().url();
    expect(afterSelect).not.toBe(before);

    at = await pointOf(page(), post);
    await page().mouse.dblclick(at.x, at.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.focus === k, post);
    await settle();
    // Every visible node is inside the canvas.
    const outside = await page().evaluate(() => {
      const { sigma, visibility } = window.__tupu.explorer;
      const { width, height } = sigma.getDimensions();
      return [...(visibility.nodes ?? [])].filter((k) => {
        const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!);
        return v.x < 0 || v.y < 0 || v.x > width || v.y > height;
      });
    });
    expect(outside).toEqual([]);
    expect((await state()).selected).toBe(post);

    // Back: the focus goes (the double click's first click may have left its own entry,
    // selecting the post), then the selection of the person, then the empty view.
    await page().goBack();
    await page().waitForFunction(() => window.__tupu.explorer.state.focus === null);
    if ((await state()).selected !== person) await page().goBack();
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    await page().goBack();
    await page().waitForFunction(() => window.__tupu.explorer.state.selected === null);
    await page().goForward();
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    await page().goForward();
    if ((await state()).focus !== post) await page().goForward();
    await page().waitForFunction((k) => window.__tupu.explorer.state.focus === k, post);
    // Esc steps back one thing at a time: selection, then focus.
    await page().keyboard.press('Escape');
    await page().keyboard.press('Escape');
    expect(await state()).toMatchObject({ selected: null, focus: null });
  });

  it('Ctrl+Z undoes a focus, Ctrl+Shift+Z redoes it; drag moves a node and pins it there, across a reload', async () => {
    await page().goto(url());
    await waitForExplorer(page());
    const post = await pick(page(), 'post');
    const p = await pointOf(page(), post);
    await page().mouse.dblclick(p.x, p.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.focus === k, post);
    await page().keyboard.press('Control+z');
    await page().waitForFunction(() => window.__tupu.explorer.state.focus === null);
    await page().keyboard.press('Control+Shift+z');
    await page().waitForFunction((k) => window.__tupu.explorer.state.focus === k, post);

    await page().goto(url());
    await waitForExplorer(page());
    const person = await pick(page(), 'person', 1);
    const at = await pointOf(page(), person);
    await page().mouse.move(at.x, at.y);
    await page().mouse.down();
    for (let i = 1; i <= 8; i++) await page().mouse.move(at.x + i * 10, at.y + i * 6);
    await page().mouse.up();
    const after = await pointOf(page(), person);
    expect(Math.abs(after.x - (at.x + 80))).toBeLessThan(3);
    expect(Math.abs(after.y - (at.y + 48))).toBeLessThan(3);
    const saved = () =>
      page().evaluate((k) => {
        const a = window.__tupu.explorer.render.getNodeAttributes(k);
        return [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
      }, person);
    const where = await saved();
    expect(
      await page().evaluate(
        (k) => window.__tupu.explorer.render.getNodeAttribute(k, 'fixed'),
        person,
      ),
    ).toBe(true);
    await page().reload();
    await waitForExplorer(page());
    expect(await saved()).toEqual(where);
  });

  it('right-click opens a menu on the node: focus, then path from / to', async () => {
    await page().goto(url());
    await waitForExplorer(page());
    const person = await pick(page(), 'person');
    const post = await pick(page(), 'post');
    let at = await pointOf(page(), person);
    await page().mouse.click(at.x, at.y, { button: 'right' });
    const menu = page().locator('[data-testid=context-menu]');
    await menu.waitFor({ state: 'visible' });
    await page().click('[data-testid=menu-path]');
    expect(await menu.isVisible()).toBe(false);
    at = await pointOf(page(), post);
    await page().mouse.click(at.x, at.y, { button: 'right' });
    await page().click('[data-testid=menu-path]');
    await page().waitForFunction(() => window.__tupu.explorer.state.path !== null);
    expect((await state()).path).toEqual([person, post]);
    await settle();
    await page().keyboard.press('Escape');
    await page().waitForFunction(() => window.__tupu.explorer.state.path === null);
    await settle(); // the camera fits the view without the path
    at = await pointOf(page(), post);
    await page().mouse.click(at.x, at.y, { button: 'right' });
    await page().click('[data-testid=menu-focus]');
    await page().waitForFunction((k) => window.__tupu.explorer.state.focus === k, post);
  });
});
