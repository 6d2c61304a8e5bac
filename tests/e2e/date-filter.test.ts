/**
 * End-to-end: the date-range filter (Filters → evidence article dates) on the seeds graph.
 * The seeds' articles carry no dates, so the test gives them invented ones (one day apart,
 * in key order) before serving: structure, not names.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestSeedsGraph, OUT_DIR } from '../kit/graph-files.ts';
import { waitForExplorer } from '../kit/browser.ts';
import { useExplorer } from './use-explorer.ts';

interface GraphFile {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: unknown[];
}

let articleDates: string[];

const { page, url } = useExplorer(async () => {
  const file = JSON.parse(await readFile(await ingestSeedsGraph(), 'utf8')) as GraphFile;
  const articles = file.nodes.filter((n) => n.attributes.type === 'article');
  articles.sort((a, b) => (a.key < b.key ? -1 : 1));
  // The last article stays undated: "keep relations without a date" has something to act on.
  articles.slice(0, -1).forEach((n, i) => {
    n.attributes.date = `2024-01-${String(i + 1).padStart(2, '0')}`;
  });
  articleDates = articles.flatMap((n) => (n.attributes.date ? [String(n.attributes.date)] : []));
  const graphPath = join(OUT_DIR, 'seeds-dated.json');
  await writeFile(graphPath, JSON.stringify(file));
  return { graphPath };
});

beforeAll(async () => {
  await page().evaluate(() => window.__tupu.explorer.attachEdges());
});

/** Visible edges with their dates (evidence articles, article ends), counted in the page. */
function visibleEdges() {
  return page().evaluate(() => {
    const { data, visibility } = window.__tupu.explorer;
    const dateOf = (k: string) =>
      data.hasNode(k) && data.getNodeAttribute(k, 'type') === 'article'
        ? (data.getNodeAttribute(k, 'date') as string | undefined)
        : undefined;
    return data
      .filterEdges((e: string) => !visibility.edges || visibility.edges.has(e))
      .map((e: string) => {
        const ev = (data.getEdgeAttribute(e, 'evidence') ?? []) as Array<{ article: string }>;
        const dates = [...ev.map((x) => dateOf(x.article)), ...data.extremities(e).map(dateOf)];
        return dates.filter((d): d is string => !!d);
      });
  });
}

const visibleArticleDates = () =>
  page().evaluate(() => {
    const { data, visibility } = window.__tupu.explorer;
    return data
      .filterNodes(
        (k: string, a: { type: string }) =>
          a.type === 'article' && (!visibility.nodes || visibility.nodes.has(k)),
      )
      .map((k: string) => (data.getNodeAttribute(k, 'date') as string | undefined) ?? null);
  });

describe('date-range filter on the canvas', () => {
  let allEdges: number;

  it('keeps only edges with an evidence article in range, and undated ones by default', async () => {
    allEdges = (await visibleEdges()).length;
    expect(articleDates.length).toBeGreaterThan(4);
    const [from, to] = [articleDates[1]!, articleDates[2]!];
    await page().click('[data-testid=filters] summary');
    await page().fill('[data-testid=date-from]', from);
    await page().fill('[data-testid=date-to]', to);
    await page().waitForFunction(() => location.search.includes('to='));
    expect(page().url()).toContain(`from=${from}`);
    const edges = await visibleEdges();
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBeLessThan(allEdges);
    for (const dates of edges)
      if (dates.length) expect(dates.some((d) => d >= from && d <= to)).toBe(true);
    expect(edges.some((dates) => dates.length === 0)).toBe(true);
    for (const d of await visibleArticleDates()) if (d) expect(d >= from && d <= to).toBe(true);
  });

  it('drops undated edges when asked; Back brings them back; the link reopens the view', async () => {
    const withUndated = (await visibleEdges()).length;
    await page().uncheck('[data-testid=date-undated]');
    await page().waitForFunction(() => location.search.includes('undated=0'));
    const dated = await visibleEdges();
    expect(dated.length).toBeLessThan(withUndated);
    expect(dated.every((dates) => dates.length > 0)).toBe(true);
    expect(await visibleArticleDates()).not.toContain(null);

    const url = page().url();
    await page().goBack();
    await page().waitForFunction(() => !location.search.includes('undated=0'));
    expect((await visibleEdges()).length).toBe(withUndated);

    await page().goto(url);
    await waitForExplorer(page());
    await page().evaluate(() => window.__tupu.explorer.attachEdges());
    const state = await page().evaluate(() => window.__tupu.explorer.state);
    expect([state.dateFrom, state.dateTo, state.keepUndated]).toEqual([
      articleDates[1],
      articleDates[2],
      false,
    ]);
    expect((await visibleEdges()).length).toBe(dated.length);
  });

  it('Clear dates shows every edge again', async () => {
    await page().click('[data-testid=filters] summary');
    await page().click('[data-testid=date-clear]');
    await page().waitForFunction(() => !location.search.includes('from='));
    expect((await visibleEdges()).length).toBe(allEdges);
  });
});
