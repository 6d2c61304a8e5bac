/**
 * The set-up most browser tests share: the explorer on the seeds graph (no Neo4j) and one
 * Debian Chromium, started before the file's tests and closed after them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ingestSeedsGraph } from './graphs.ts';
import {
  launchBrowser,
  startExplorer,
  waitForExplorer,
  type Browser,
  type ExplorerServer,
} from './harness.ts';

export interface SeedsExplorer {
  /** The explorer's address, ending in "/". */
  url(): string;
  page(): Page;
}

/** Register the file's set-up; with `open`, the page is loaded before the first test. */
export function useSeedsExplorer(options: { open?: boolean } = {}): SeedsExplorer {
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const graphPath = await ingestSeedsGraph();
    server = await startExplorer({ graphPath, cypherReason: 'test server without Neo4j' });
    browser = await launchBrowser();
    if (options.open) {
      await browser.page.goto(server.url);
      await waitForExplorer(browser.page);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('tests/e2e: the explorer is not started (beforeAll)');
    return x;
  };
  return { url: () => need(server).url, page: () => need(browser).page };
}
