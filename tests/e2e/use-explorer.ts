/**
 * The set-up every browser test file shares: an explorer server on a graph and one Debian
 * Chromium with the page loaded, started before the file's tests and closed after them.
 * (vitest hooks, so here and not in tests/kit/browser.ts, which bench:web also imports.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ExplorerConfigOptions } from '../../web/server/config.ts';
import { ingestSeedsGraph } from '../kit/graph-files.ts';
import {
  launchBrowser,
  startExplorer,
  waitForExplorer,
  type Browser,
  type ExplorerServer,
} from '../kit/browser.ts';

export interface ExplorerUnderTest {
  /** The explorer's address, ending in "/". */
  url(): string;
  page(): Page;
  browser(): Browser;
}

export interface ExplorerSetup {
  /** Load the page before the first test (default true). */
  open?: boolean;
  /** How long the first frame may take (ms). */
  timeout?: number;
  /** Called with the page before it loads (listeners for errors, say). */
  watch?: (page: Page) => void;
}

/** Register the file's set-up: `serve` (run in beforeAll) gives the server's options. */
export function useExplorer(
  serve: () => Promise<ExplorerConfigOptions> | ExplorerConfigOptions,
  setup: ExplorerSetup = {},
): ExplorerUnderTest {
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startExplorer(await serve());
    browser = await launchBrowser();
    setup.watch?.(browser.page);
    if (setup.open ?? true) {
      await browser.page.goto(server.url);
      await waitForExplorer(browser.page, setup.timeout);
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
  return {
    url: () => need(server).url,
    page: () => need(browser).page,
    browser: () => need(browser),
  };
}

/** The explorer on the seeds graph, without Neo4j. */
export function useSeedsExplorer(setup: ExplorerSetup = {}): ExplorerUnderTest {
  return useExplorer(
    async () => ({
      graphPath: await ingestSeedsGraph(),
      cypherReason: 'test server without Neo4j',
    }),
    { open: false, ...setup },
  );
}
