/**
 * The explorer's article reader shows a story's title, date, outlet and a link to its address;
 * an address that is not http(s) is never a link.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyGraph } from '../../graph/json/index.ts';
import { ingestPaths } from '../../ingest/index.ts';
import { useExplorer } from './use-explorer.ts';

const { page } = useExplorer(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tupu-reader-'));
  await writeFile(
    join(dir, 'digest.md'),
    [
      '# 要闻（20260427）',
      '## 青禾县召开产业大会',
      '- 原文: https://news.example.cn/2026/0427/a1.html',
      '- 来源: 东川日报',
      '青禾县县长柯明远出席会议并讲话。',
      '---',
      '## 白石镇建成冷链中心',
      '- 原文: https://news.example.cn/2026/0427/a2.html',
      '白石镇冷链物流中心投入使用，镇长钟明远介绍了情况。',
    ].join('\n'),
  );
  const { graph } = await ingestPaths([dir]);
  // a graph from elsewhere may carry a hostile address
  const second = graph.findNode((_, a) => a.title === '白石镇建成冷链中心')!;
  graph.setNodeAttribute(second, 'url', 'javascript:alert(1)');
  const graphPath = join(dir, 'graph.json');
  await writeFile(graphPath, stringifyGraph(graph));
  return { graphPath, cypherReason: 'test server without Neo4j' };
});

async function openReader(key: string): Promise<void> {
  await page().evaluate((k) => window.__tupu.explorer.select(k), key);
  await page().locator('[data-testid=node-panel] button.primary').click();
  await page().waitForSelector('.article-view');
}

describe('article reader', () => {
  it('shows title, date, outlet and a link to the story', async () => {
    const key = await page().evaluate(() =>
      window.__tupu.explorer.data.findNode(
        (_k: string, a: { title?: string }) => a.title === '青禾县召开产业大会',
      ),
    );
    await openReader(key as string);
    expect(await page().textContent('.article-view h2')).toBe('青禾县召开产业大会');
    const meta = await page().textContent('[data-testid=article-meta]');
    expect(meta).toContain('2026-04-27');
    expect(meta).toContain('东川日报');
    const link = page().locator('[data-testid=article-url]');
    expect(await link.getAttribute('href')).toBe('https://news.example.cn/2026/0427/a1.html');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await page().keyboard.press('Escape');
  });

  it('never links an address that is not http(s)', async () => {
    const key = await page().evaluate(() =>
      window.__tupu.explorer.data.findNode(
        (_k: string, a: { title?: string }) => a.title === '白石镇建成冷链中心',
      ),
    );
    await openReader(key as string);
    expect(await page().locator('.article-view a').count()).toBe(0);
    expect(await page().textContent('.article-view')).not.toContain('javascript:');
  });
});
