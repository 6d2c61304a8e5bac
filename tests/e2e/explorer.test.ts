/**
 * End-to-end: the explorer on the seeds graph (ingested in setup) in real headless Chromium.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../web/server/config.ts';
import { ingestSeedsGraph } from '../kit/graph-files.ts';
import { pngStats } from './pixels.ts';
import { waitForExplorer } from '../kit/browser.ts';
import { useExplorer } from './use-explorer.ts';

const ARTIFACTS = resolve(REPO_ROOT, 'tests/artifacts');
let graphPath: string;
let pageErrors: string[] = [];
const consoleLog: string[] = [];

async function searchAndChoose(text: string): Promise<void> {
  await page().fill('[data-testid=search]', text);
  try {
    await page().waitForSelector('[data-testid=search-result]', { timeout: 15_000 });
  } catch (e) {
    throw new Error(`${(e as Error).message.split('\n')[0]}; the page: ${await pageState(text)}`);
  }
  await page().press('[data-testid=search]', 'Enter');
}

/** What a failed step saw: the page's address, focus, search box and list, and its errors. */
async function pageState(text: string): Promise<string> {
  const seen = await page().evaluate((t) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=search]');
    const { explorer } = window.__tupu;
    return {
      url: location.href,
      focus: document.activeElement?.outerHTML.slice(0, 120),
      value: input?.value,
      list: document.querySelector('#search-results')?.outerHTML.slice(0, 300),
      indexed: explorer.facts.searchIndex.entries.filter((e) => e.label.includes(t)).length,
      order: explorer.data.order,
    };
  }, text);
  return JSON.stringify({ ...seen, errors: pageErrors, log: consoleLog.slice(-12) });
}

async function panelText(): Promise<string> {
  return (await page().textContent('[data-testid=node-panel]')) ?? '';
}

const { page, url } = useExplorer(
  async () => {
    graphPath = await ingestSeedsGraph();
    return { graphPath, cypherReason: 'test server without Neo4j' };
  },
  {
    watch: (page) => {
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text().slice(0, 160)}`));
      page.on('framenavigated', (f) => f === page.mainFrame() && consoleLog.push(`nav ${f.url()}`));
    },
  },
);

describe('explorer on the seeds graph', () => {
  it('loads the graph: window.__tupu, legend, canvas', async () => {
    const file = JSON.parse(await readFile(graphPath, 'utf8')) as {
      nodes: unknown[];
      edges: unknown[];
    };
    const counts = await page().evaluate(() => {
      const g = window.__tupu.graph as { order: number; size: number };
      return { order: g.order, size: g.size };
    });
    expect(counts).toEqual({ order: file.nodes.length, size: file.edges.length });
    expect(await page().locator('[data-testid=legend] .legend-row').count()).toBeGreaterThan(5);
    expect(await page().locator('[data-testid=graph] canvas').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('saves a non-blank screenshot of the loaded graph', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const png = await page().locator('[data-testid=graph]').screenshot();
    await writeFile(resolve(ARTIFACTS, 'explorer-seeds.png'), png);
    const stats = await pngStats(page(), png);
    expect(stats.inkRatio).toBeGreaterThan(0.01);
    expect(stats.colors).toBeGreaterThan(8);
  });

  it('search 于会文 selects him; the panel shows 渝北区委书记 with its evidence', async () => {
    await searchAndChoose('于会文');
    await page().waitForFunction(
      () => (window.__tupu.explorer.state.selected ?? '') === 'person:于会文',
    );
    expect(await panelText()).toContain('渝北区委书记');
    const evidence = page().locator('[data-testid=evidence]', { hasText: '渝北区委书记于会文' });
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(page().url()).toContain('sel=person');
  });

  it('matches pinyin initials (yhw) and groups suggestions by type', async () => {
    await page().fill('[data-testid=search]', 'yhw');
    const first = page().locator('[data-testid=search-result]').first();
    expect(await first.getAttribute('data-key')).toBe('person:于会文');
    await page().fill('[data-testid=search]', '渝北');
    await page().waitForSelector('.search-group');
    expect(await page().locator('.search-group').count()).toBeGreaterThan(1);
    await page().press('[data-testid=search]', 'Escape');
  });

  it('typing again just after Esc keeps the new list (no close left over from the blur)', async () => {
    const left = await page().evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
      input.focus();
      input.blur(); // Esc blurs the box: its list closes a moment later
      input.focus();
      input.value = '于会文';
      input.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 400)); // past that moment
      const n = document.querySelectorAll('[data-testid=search-result]').length;
      input.value = '';
      input.dispatchEvent(new Event('input'));
      input.blur();
      return n;
    });
    expect(left).toBeGreaterThan(0);
  });

  it('opens an article from an evidence sentence, text as text with the entity highlighted', async () => {
    await page().locator('[data-testid=node-panel] .article-link').first().click();
    await page().waitForSelector('.article-view mark');
    const marks = await page().locator('.article-view mark').allTextContents();
    expect(marks).toContain('于会文');
    expect(await page().locator('.article-view [data-testid=article-text] script').count()).toBe(0);
    await page().keyboard.press('Escape');
    expect(await page().locator('.article-view').count()).toBe(0);
  });

  it('finds the shortest path between two people and lists its evidence', async () => {
    await page().click('[data-testid=path-button]');
    await searchAndChoose('吴道藩');
    await page().waitForFunction(() => window.__tupu.explorer.state.selected === 'person:吴道藩');
    await page().click('[data-testid=path-button]');
    await page().waitForSelector('[data-testid=path-panel][data-found=true]');
    const chain = (await page().textContent('[data-testid=path-chain]')) ?? '';
    expect(chain.startsWith('于会文')).toBe(true);
    expect(chain.endsWith('吴道藩')).toBe(true);
    expect(
      await page().locator('[data-testid=path-panel] [data-testid=evidence]').count(),
    ).toBeGreaterThan(0);
    expect(page().url()).toContain('path=');
    await page().click('[data-testid=path-panel] button');
  });

  it('exports a filtered GEXF with only the visible nodes', async () => {
    await page().click('[data-testid=legend] [data-type=article]');
    await page().click('[data-testid=legend] [data-type=industry]');
    const visible = await page().evaluate(() =>
      [...(window.__tupu.explorer.visibility.nodes ?? [])].sort(),
    );
    expect(visible.length).toBeGreaterThan(10);
    await page().click('[data-testid=export] summary');
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().click('[data-testid=export-gexf]'),
    ]);
    const xml = await readFile((await download.path())!, 'utf8');
    await writeFile(resolve(ARTIFACTS, 'filtered.gexf'), xml);
    const graph = parseGexf(Graph, xml);
    expect(graph.nodes().sort()).toEqual(visible);
    expect(graph.filterNodes((_k, a) => a.type === 'article' || a.type === 'industry')).toEqual([]);
    await page().click('[data-testid=export] summary');
  });

  it('exports the selection as JSON, SVG, PNG and the HTML report', async () => {
    await page().click('[data-testid=export] summary');
    await page().check('input[name=export-scope][value=selection]');
    const download = async (format: string) => {
      const [d] = await Promise.all([
        page().waitForEvent('download'),
        page().click(`[data-testid=export-${format}]`),
      ]);
      return readFile((await d.path())!);
    };
    const json = JSON.parse((await download('json')).toString('utf8')) as {
      nodes: Array<{ key: string }>;
    };
    expect(json.nodes.map((n) => n.key)).toContain('person:吴道藩');
    expect(json.nodes.length).toBeLessThan(40);
    const svg = (await download('svg')).toString('utf8');
    const drawn = /<g class="nodes">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(drawn.match(/<circle /g)?.length).toBe(json.nodes.length);
    expect(svg).toContain('吴道藩');
    const png = await download('png');
    await writeFile(resolve(ARTIFACTS, 'export.png'), png);
    expect((await pngStats(page(), png)).colors).toBeGreaterThan(4);
    const report = (await download('report')).toString('utf8');
    expect(report).toContain('吴道藩');
    expect(report.toLowerCase()).toContain('<html');
    await page().check('input[name=export-scope][value=visible]');
    await page().click('[data-testid=export] summary');
  });

  it('keeps the view in the URL: reload restores selection and filters', async () => {
    const url = page().url();
    expect(url).toContain('hideN=');
    await page().goto(url);
    await waitForExplorer(page());
    const state = await page().evaluate(() => window.__tupu.explorer.state);
    expect(state.selected).toBe('person:吴道藩');
    expect(state.hiddenNodeTypes).toEqual(['article', 'industry']);
    expect(await panelText()).toContain('吴道藩');
  });

  it('says how to connect when there is no Neo4j', async () => {
    await page().click('[data-testid=cypher] summary');
    const help = (await page().textContent('[data-testid=cypher-help]')) ?? '';
    expect(help).toContain('tupu serve --neo4j');
  });

  it('toggles the UI language', async () => {
    await page().click('[data-testid=lang-toggle]');
    expect(await page().getAttribute('[data-testid=search]', 'placeholder')).toContain('Search');
    await page().click('[data-testid=lang-toggle]');
    expect(await page().getAttribute('[data-testid=search]', 'placeholder')).toContain('搜索');
  });

  it('rejects a file that is not a graph with a clear message, then loads a good one', async () => {
    await page().setInputFiles('[data-testid=file-input]', {
      name: 'not-a-graph.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    const message = page().locator('[data-testid=message].error');
    await message.waitFor();
    expect(await message.textContent()).toContain('not-a-graph.json');
    const fixture = await readFile(resolve(REPO_ROOT, 'tests/fixtures/web/fixture.json'));
    await page().setInputFiles('[data-testid=file-input]', {
      name: 'fixture.json',
      mimeType: 'application/json',
      buffer: fixture,
    });
    await page().waitForFunction(() => (window.__tupu.graph as { order: number }).order === 21);
    expect(pageErrors).toEqual([]);
  });

  it('accepts a graph dropped on the page and refuses a dropped text file', async () => {
    const drop = (name: string, content: string) =>
      page().evaluate(
        ([n, c]) => {
          const data = new DataTransfer();
          data.items.add(new File([c!], n!, { type: 'application/json' }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
        },
        [name, content],
      );
    await drop('notes.txt', 'just some text');
    await page().waitForFunction(() =>
      document.querySelector('[data-testid=message]')?.textContent?.includes('notes.txt'),
    );
    expect(await page().textContent('[data-testid=message]')).toContain('not JSON');
    await drop('seeds.json', await readFile(graphPath, 'utf8'));
    await page().waitForFunction(() => (window.__tupu.graph as { order: number }).order > 100);
    expect(await page().textContent('[data-testid=message]')).toContain('seeds.json');
  });
});

describe('layout', () => {
  it('runs ForceAtlas2 in a worker with the page responsive, saves the layout and reuses it on reload', async () => {
    await page().goto(url());
    await waitForExplorer(page());
    const position = () =>
      page().evaluate(() => {
        const a = window.__tupu.explorer.render.getNodeAttributes('person:于会文');
        return [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
      });
    const before = await position();
    await page().click('[data-testid=layout-toggle]');
    await page().waitForFunction(() => window.__tupu.explorer.layout.iterations() > 20);
    // the page answers while the worker runs
    await page().fill('[data-testid=search]', 'yhw');
    await page().waitForSelector('[data-testid=search-result]');
    await page().click('[data-testid=layout-toggle]');
    const after = await position();
    expect(after).not.toEqual(before);
    await page().reload();
    await waitForExplorer(page());
    expect(await position()).toEqual(after);
  });
});

describe('exploring', () => {
  it('hovering a node highlights its neighbours; Focus shows its ego network by depth', async () => {
    await page().goto(`${url()}?sel=${encodeURIComponent('person:于会文')}`);
    await waitForExplorer(page());
    // where the node is drawn once the camera stands still (a busy machine may still animate it)
    await page().waitForFunction(() => !window.__tupu.explorer.sigma.getCamera().isAnimated());
    const point = await page().evaluate(() => {
      const { sigma } = window.__tupu.explorer;
      const data = sigma.getNodeDisplayData('person:于会文')!;
      const p = sigma.framedGraphToViewport(data);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page().mouse.move(point.x, point.y);
    await page().waitForFunction(() => window.__tupu.explorer.hovered === 'person:于会文');
    const hoverSet = await page().evaluate(() => [...(window.__tupu.explorer.hoverSet ?? [])]);
    expect(hoverSet).toContain('post:渝北区委书记');
    await page().mouse.move(5, 5);

    await page().getByRole('button', { name: '聚焦' }).click();
    const count = () => page().evaluate(() => window.__tupu.explorer.visibility.nodes?.size ?? -1);
    const depth1 = await count();
    await page().fill('[data-testid=node-panel] input.depth', '2');
    await page().press('[data-testid=node-panel] input.depth', 'Enter');
    await page().waitForFunction(
      (n) => (window.__tupu.explorer.visibility.nodes?.size ?? 0) > n,
      depth1,
    );
    expect(depth1).toBeGreaterThan(3);
    expect(page().url()).toContain('focus=');
    expect(page().url()).toContain('depth=2');
  });
});
