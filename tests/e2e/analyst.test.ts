/**
 * End-to-end: an analyst's questions on the seeds graph in Debian Chromium, one per test.
 * Nodes are chosen from the loaded graph by structure (best connected, a post with several
 * dated holders…), never by name.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pointOf, waitForExplorer } from '../kit/browser.ts';
import { useSeedsExplorer } from './use-explorer.ts';

const { page, url } = useSeedsExplorer();

async function open(query = ''): Promise<void> {
  await page().goto(`${url()}${query}`);
  await waitForExplorer(page());
}

/** Focuses the best-connected park (ties by key) at `depth`, showing only people, posts and the park. */
async function focusBestPark(depth: number): Promise<string> {
  await open();
  const park = await page().evaluate(() => {
    const { data } = window.__tupu.explorer;
    const parks = data.filterNodes((_k, a) => a.type === 'park');
    parks.sort((a, b) => data.degree(b) - data.degree(a) || (a < b ? -1 : 1));
    return parks[0]!;
  });
  const hide = ['article', 'organization', 'district', 'park', 'industry', 'program'].join('|');
  await open(`?focus=${encodeURIComponent(park)}&depth=${depth}&hideN=${encodeURIComponent(hide)}`);
  return park;
}

describe('analyst tasks', () => {
  it('"2 hops around a park, only people and posts" keeps the park and finds people', async () => {
    await focusBestPark(2);
    const shown = await page().evaluate(() => {
      const { data, visibility } = window.__tupu.explorer;
      return [...visibility.nodes!].map((k) => data.getNodeAttribute(k, 'type'));
    });
    expect(shown).toContain('park');
    expect(shown.filter((t) => t === 'person' || t === 'post').length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(shown.filter((t) => t !== 'article')));
  });

  it('three paths between two people, not through articles, each hop with a sentence', async () => {
    await open();
    const ends = await page().evaluate(() => {
      const { data } = window.__tupu.explorer;
      const people = data.filterNodes((_k, a) => a.type === 'person');
      people.sort((a, b) => data.degree(b) - data.degree(a) || (a < b ? -1 : 1));
      return [people[0]!, people[1]!];
    });
    await open(`?path=${encodeURIComponent(ends.join('|'))}`);
    await page().waitForSelector('[data-testid=path-panel][data-found=true]');
    const paths = await page().evaluate(() =>
      window.__tupu.explorer.paths.map((p) =>
        p.nodes.map((k) => window.__tupu.explorer.data.getNodeAttribute(k, 'type')),
      ),
    );
    expect(paths.length).toBe(3);
    for (const types of paths) expect(types.slice(1, -1)).not.toContain('article');
    const hops = await page()
      .locator('[data-testid=path]')
      .first()
      .locator('[data-testid=path-hop]');
    expect(await hops.count()).toBe(paths[0]!.length - 1);
    expect(await hops.first().locator('[data-testid=evidence]').count()).toBe(1);
    // Through articles when asked: the shortest gets no longer.
    await page().check('[data-testid=path-via-articles]');
    const shortest = await page().evaluate(() => window.__tupu.explorer.paths[0]!.nodes.length);
    expect(shortest).toBeLessThanOrEqual(paths[0]!.length);
    expect(page().url()).toContain('pathart=1');
  });

  it('evidence: sentences naming both ends first, mention-only collapsed; the reader marks the sentence', async () => {
    await open();
    // The LOCATED_IN edge with most evidence: its panel has both kinds of sentence.
    const { from, edge } = await page().evaluate(() => {
      const { data } = window.__tupu.explorer;
      const edges = data.filterEdges((_e, a) => a.type === 'LOCATED_IN');
      edges.sort(
        (a, b) =>
          data.getEdgeAttribute(b, 'evidence').length - data.getEdgeAttribute(a, 'evidence').length,
      );
      return { from: data.source(edges[0]!), edge: edges[0]! };
    });
    await open(`?sel=${encodeURIComponent(from)}`);
    const panel = page().locator('[data-testid=node-panel]');
    const ranked = await page().evaluate((e) => {
      const ev = window.__tupu.explorer.data.getEdgeAttribute(e, 'evidence');
      return ev.length;
    }, edge);
    expect(ranked).toBeGreaterThan(0);
    const weak = panel.locator('details[data-testid=mention-only]');
    if ((await weak.count()) > 0) expect(await weak.first().getAttribute('open')).toBeNull();
    const first = panel.locator('li.both [data-testid=evidence]').first();
    const sentence = (await first.textContent())!;
    await panel.locator('li.both .article-link').first().click();
    await page().waitForSelector('.article-view');
    const marked = await page().locator('.article-view .evidence-paragraph').allTextContents();
    expect(marked).toHaveLength(1);
    expect(marked[0]!.replace(/\s+/g, '')).toContain(sentence.replace(/\s+/g, ''));
    await page().keyboard.press('Escape');
  });

  it('a post lists its holders in time order and who holds it as of the latest article', async () => {
    await open();
    const post = await page().evaluate(() => {
      const { data } = window.__tupu.explorer;
      const holders = (p: string) =>
        data.inEdges(p).filter((e) => data.getEdgeAttribute(e, 'type') === 'HOLDS').length;
      const posts = data.filterNodes((_k, a) => a.type === 'post');
      posts.sort((a, b) => holders(b) - holders(a) || (a < b ? -1 : 1));
      return posts[0]!;
    });
    // The seeds carry no dates: give each article one (in key order), as dated pages have.
    await page().evaluate((p) => {
      const { data } = window.__tupu.explorer;
      data
        .filterNodes((_k, a) => a.type === 'article')
        .sort()
        .forEach((k, i) =>
          data.setNodeAttribute(
            k,
            'date',
            `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          ),
        );
      window.__tupu.explorer.select(p);
    }, post);
    const items = page().locator('[data-testid=holders] [data-testid=holder]');
    expect(await items.count()).toBeGreaterThan(0);
    const dates = (await items.allTextContents())
      .map((t) => t.match(/\d{4}-\d{2}-\d{2}/)?.[0])
      .filter((d): d is string => !!d);
    expect(dates).toEqual([...dates].sort());
    const current = (await page().textContent('[data-testid=current-holder]')) ?? '';
    expect(current).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('articles are small source dots until shown; selection labels the neighbours; hover shows a tooltip', async () => {
    await open();
    const look = () =>
      page().evaluate(() => {
        const { sigma, data } = window.__tupu.explorer;
        let hiddenMentions = 0;
        let mentions = 0;
        data.forEachEdge((e, a) => {
          if (a.type !== 'MENTIONS') return;
          mentions++;
          if (sigma.getEdgeDisplayData(e)?.hidden) hiddenMentions++;
        });
        return { hiddenMentions, mentions };
      });
    const before = await look();
    expect(before.mentions).toBeGreaterThan(0);
    expect(before.hiddenMentions).toBe(before.mentions);
    await page().check('[data-testid=show-articles]');
    expect((await look()).hiddenMentions).toBe(0);
    await page().uncheck('[data-testid=show-articles]');

    const person = await page().evaluate(() => {
      const { data } = window.__tupu.explorer;
      const people = data.filterNodes((_k, a) => a.type === 'person');
      people.sort((a, b) => data.degree(b) - data.degree(a) || (a < b ? -1 : 1));
      return people[0]!;
    });
    const at = await pointOf(page(), person);
    await page().mouse.move(at.x, at.y);
    const tip = page().locator('[data-testid=tooltip]');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(
      await page().evaluate(
        (k) => window.__tupu.explorer.data.getNodeAttribute(k, 'label'),
        person,
      ),
    );
    await page().mouse.click(at.x, at.y);
    await page().waitForFunction((k) => window.__tupu.explorer.state.selected === k, person);
    await page().mouse.move(5, 5);
    const labelled = await page().evaluate((k) => {
      const { sigma, data } = window.__tupu.explorer;
      return data
        .neighbors(k)
        .filter((n) => data.getNodeAttribute(n, 'type') !== 'article')
        .every((n) => {
          const d = sigma.getNodeDisplayData(n) as { forceLabel?: boolean; zIndex?: number };
          // labels forced for up to 30 neighbours; raised above the rest in any case
          return d.zIndex === 2 && (d.forceLabel === true || data.neighbors(k).length + 1 > 30);
        });
    }, person);
    expect(labelled).toBe(true);
  });

  it('the legend follows the colour mode', async () => {
    await open('?color=louvain');
    expect(await page().locator('[data-testid=community-legend] li').count()).toBeGreaterThan(1);
    await open();
    expect(await page().locator('[data-testid=community-legend]').count()).toBe(0);
  });

  it('the report from the screen is titled by the selection, with the screen colours', async () => {
    const park = await focusBestPark(3);
    const label = await page().evaluate(
      (k) => window.__tupu.explorer.data.getNodeAttribute(k, 'label'),
      park,
    );
    await page().click('[data-testid=export] summary');
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().click('[data-testid=export-report]'),
    ]);
    const html = await readFile((await download.path())!, 'utf8');
    expect(html).toContain(`<h1>${label} · 3 层 · 人物、职务</h1>`);
    const parkColor = await page().evaluate(() => {
      const { render } = window.__tupu.explorer;
      return render.getNodeAttribute(
        render.filterNodes((_k, a) => a.nodeType === 'park')[0]!,
        'typeColor',
      );
    });
    expect(html).toContain(parkColor);

    // Relation names as on screen: the whole graph's report lists its other relations.
    await open();
    await page().click('[data-testid=export] summary');
    const [whole] = await Promise.all([
      page().waitForEvent('download'),
      page().click('[data-testid=export-report]'),
    ]);
    const all = await readFile((await whole.path())!, 'utf8');
    const rows = [...all.matchAll(/<td>([^<\s]+) ([A-Z_]+)(?:<|\s)/g)].map((m) => [m[1]!, m[2]!]);
    expect(rows.length).toBeGreaterThan(0);
    const screen = await page().evaluate(
      (types) => types.map((ty) => window.__tupu.explorer.t(`edge.${ty}` as 'edge.HOLDS')),
      rows.map((r) => r[1]!),
    );
    expect(rows.map((r) => r[0])).toEqual(screen);
  });
});
