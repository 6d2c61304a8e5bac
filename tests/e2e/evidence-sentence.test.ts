/**
 * End-to-end: the article reader scrolls to and highlights exactly the evidence sentence (its
 * offset recorded at ingest), on an invented article where two sentences of one paragraph share
 * their first 22 characters, after enough other paragraphs that the sentence starts off screen.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyGraph } from '../../graph/json/index.ts';
import { ingestPaths } from '../../ingest/index.ts';
import { useExplorer } from './use-explorer.ts';

const FIRST = '青石县县长柯远山今天主持召开县政府常务会议，研究部署防汛工作。';
const SECOND = '青石县县长柯远山今天主持召开县政府常务会议，研究部署春耕生产。';
const FILLER = Array.from(
  { length: 40 },
  (_, i) => `第${i + 1}段：河道清淤和堤防加固按计划推进，各乡镇逐段落实责任人。`,
);

const { page } = useExplorer(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tupu-sentence-'));
  await writeFile(
    join(dir, 'county.md'),
    ['# 青石县部署防汛和春耕', ...FILLER, `${FIRST}${SECOND}`, '会议还研究了其他事项。'].join(
      '\n\n',
    ),
  );
  const { graph } = await ingestPaths([dir]);
  const graphPath = join(dir, 'graph.json');
  await writeFile(graphPath, stringifyGraph(graph));
  return { graphPath, cypherReason: 'test server without Neo4j' };
});

/** Open the reader from the panel's evidence item that quotes `sentence`. */
async function openFromEvidence(sentence: string): Promise<void> {
  const item = page()
    .locator('[data-testid=node-panel] li.both')
    .filter({ has: page().locator('[data-testid=evidence]', { hasText: sentence }) })
    .first();
  await item.locator('.article-link').click();
  await page().waitForSelector('.article-view [data-testid=evidence-sentence]');
}

describe('the reader finds the exact evidence sentence', () => {
  it('highlights the second of two sentences with the same opening, scrolled into view', async () => {
    // The person the sentences are about: the one person of the graph who holds a post.
    const person = await page().evaluate(() => {
      const { data } = window.__tupu.explorer;
      return data.findNode((k, a) => a.type === 'person' && data.outDegree(k) > 0)!;
    });
    await page().evaluate((k) => window.__tupu.explorer.select(k), person);
    await openFromEvidence(SECOND);
    const sentence = page().locator('.article-view [data-testid=evidence-sentence]');
    expect(await sentence.count()).toBe(1);
    expect(await sentence.textContent()).toBe(SECOND);
    // The text before it in its paragraph is the other sentence, left unmarked.
    const paragraph = await page().textContent('.article-view .evidence-paragraph');
    expect(paragraph).toBe(FIRST + SECOND);
    const inView = await sentence.evaluate((n) => {
      const r = n.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    const firstParagraphTop = await page()
      .locator('.article-view [data-testid=article-text] p')
      .first()
      .evaluate((n) => n.getBoundingClientRect().top);
    expect(firstParagraphTop).toBeLessThan(0); // scrolled: the article's top is out of view
    await page().keyboard.press('Escape');

    await openFromEvidence(FIRST);
    expect(await page().textContent('.article-view [data-testid=evidence-sentence]')).toBe(FIRST);
    await page().keyboard.press('Escape');
  });
});
