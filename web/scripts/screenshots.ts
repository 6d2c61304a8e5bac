/**
 * Screenshots of the explorer for the docs (docs/img): a graph file opened in Debian Chromium
 * (1600x1000), the best-connected person (or --type post…; neighbours without articles) selected — or, with
 * --focus, focused at depth 1 around hubs — and the panel showing its relations and evidence.
 *
 *   npx tsx web/scripts/screenshots.ts <graph.json> <out.png> [--focus] [--type post]
 *
 * Nodes are chosen by structure, never by name. Run it after ingesting the articles to show.
 */
import { resolve } from 'node:path';
import { launchBrowser, startExplorer, waitForExplorer } from '../../tests/kit/browser.ts';

const [graphPath, out] = process.argv.slice(2);
const focus = process.argv.includes('--focus');
const typeAt = process.argv.indexOf('--type');
const nodeType = typeAt > 0 ? process.argv[typeAt + 1] : 'person';
if (!graphPath || !out) {
  console.error('web/scripts/screenshots: usage: screenshots.ts <graph.json> <out.png> [--focus]');
  process.exit(2);
}

const server = await startExplorer({ graphPath: resolve(graphPath), cypherReason: 'screenshot' });
const browser = await launchBrowser({ width: 1600, height: 1000 });
try {
  const page = browser.page;
  await page.goto(server.url);
  await waitForExplorer(page, 120_000);
  // Let a mid-size graph's layout settle (progress in the status line) before choosing.
  await page.waitForFunction(() => window.__tupu.explorer.settling.fraction === null, undefined, {
    timeout: 120_000,
  });
  // In-page code as text: tsx would wrap named functions in a helper the page lacks.
  const person = (await page.evaluate(`(() => {
    const { data } = window.__tupu.explorer;
    const degree = (k) =>
      data.neighbors(k).filter((n) => data.getNodeAttribute(n, 'type') !== 'article').length;
    const people = data.filterNodes((_k, a) => a.type === ${JSON.stringify(nodeType)});
    people.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
    return people[0];
  })()`)) as string;
  const patch = focus
    ? { selected: person, focus: person, depth: 1, skipHubs: true }
    : { selected: person };
  await page.evaluate(`window.__tupu.explorer.update(${JSON.stringify(patch)})`);
  await page.waitForTimeout(1200); // the camera animation
  await page.screenshot({ path: out });
  console.error(`web/scripts/screenshots: ${out} (${person})`);
} finally {
  await browser.close();
  await server.close();
}
