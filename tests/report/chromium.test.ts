/**
 * The report in real headless Chromium (Debian package) and poppler-utils: not blank on
 * screen, no network requests, PDF page count, text and pages. Artifacts in tests/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, withPage } from '../../report/chromium.ts';
import { htmlToPdf } from '../../report/pdf.ts';
import { renderReportHtml } from '../../report/render-html.ts';
import { buildReportModel } from '../../report/model.ts';
import { createTupuGraph, type TupuGraph } from '../../graph/json/index.ts';
import { yubei } from './helpers.ts';
import { decodePng, decodePpm, stats } from './pixels.ts';

const ARTIFACTS = 'tests/artifacts';
const haveTools =
  existsSync(CHROMIUM_PATH) && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');

describe.skipIf(!haveTools)('report in headless Chromium', () => {
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it('renders a non-blank page without any network request', async () => {
    const { graph, meta } = yubei();
    const html = renderReportHtml(graph, meta);
    writeFileSync(join(ARTIFACTS, 'report-yubei.html'), html);
    const { png, requests, svgBox, text } = await withPage(html, async (page, run) => ({
      png: await page.screenshot({ fullPage: true }),
      requests: run.requests,
      svgBox: await page.locator('svg.tupu-graph').boundingBox(),
      text: await page.innerText('body'),
    }));
    writeFileSync(join(ARTIFACTS, 'report-yubei.png'), png);
    expect(requests).toEqual([]);
    expect(svgBox!.width).toBeGreaterThan(300);
    expect(svgBox!.height).toBeGreaterThan(100);
    expect(text).toContain('于会文');
    const s = stats(decodePng(png));
    expect(s.stddev).toBeGreaterThan(10);
    expect(s.inked).toBeGreaterThan(0.01);
  });

  it('prints an A4 PDF with page numbers, the names in its text, and no blank page', async () => {
    const { graph, meta } = yubei();
    const pdfPath = join(ARTIFACTS, 'report-yubei.pdf');
    writeFileSync(pdfPath, await htmlToPdf(renderReportHtml(graph, meta)));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const name of ['于会文', '渝北区委书记', '市人大代表', '渝北区'])
      expect(text).toContain(name);
    expect(text).toMatch(new RegExp(`\\b1\\s*/\\s*${pages}\\b`)); // footer page numbers
    const prefix = join(ARTIFACTS, 'report-yubei-page');
    execFileSync('pdftoppm', ['-r', '40', pdfPath, prefix]);
    const ppms = readdirSync(ARTIFACTS).filter(
      (f) => f.startsWith('report-yubei-page') && f.endsWith('.ppm'),
    );
    expect(ppms.length).toBe(pages);
    for (const f of ppms) {
      const s = stats(decodePpm(readFileSync(join(ARTIFACTS, f))));
      expect(s.stddev, f).toBeGreaterThan(5);
      expect(s.inked, f).toBeGreaterThan(0.005);
    }
  });

  it('a long report keeps every table row on one page', async () => {
    const g = tallRows();
    const pdfPath = join(ARTIFACTS, 'report-rows.pdf');
    writeFileSync(
      pdfPath,
      await htmlToPdf(renderReportHtml(g, { title: 'rows', createdAt: 'fixed' })),
    );
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
    const squash = (t: string) => t.replace(/\s+/g, '');
    const pages = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
      .split('\f')
      .map(squash);
    const model = buildReportModel(g, {});
    expect(model.people.length).toBe(60);
    for (const row of model.people) {
      const texts = [row.person, ...row.posts, ...row.organizations].map((f) => f.label);
      expect(
        pages.some((p) => texts.every((t) => p.includes(t))),
        texts.join(' | '),
      ).toBe(true);
    }
  });
});

/** 60 people holding 2-9 posts each (short labels that never wrap): rows of many heights. */
function tallRows(): TupuGraph {
  const g = createTupuGraph();
  g.addNode('article:a', { type: 'article', label: '文章', title: '文章' });
  for (let i = 0; i < 60; i++) {
    const person = `person:人${i}号`;
    g.addNode(person, { type: 'person', label: `人${i}号` });
    for (let j = 0; j < 2 + ((i * 7) % 8); j++) {
      const [post, org] = [`post:职${i}_${j}号`, `organization:机${i}_${j}号`];
      g.addNode(post, { type: 'post', label: `职${i}_${j}号` });
      g.addNode(org, { type: 'organization', label: `机${i}_${j}号` });
      const evidence = [{ article: 'article:a', sentence: `人${i}号任职${i}_${j}号。` }];
      g.addEdgeWithKey(`h${i}_${j}`, person, post, { type: 'HOLDS', evidence });
      g.addEdgeWithKey(`p${i}_${j}`, post, org, { type: 'POST_IN', evidence });
    }
  }
  return g;
}
