/**
 * Node-side: headless Chromium from the Debian package (never downloaded) through
 * playwright-core, with a fresh profile per run and every network request refused,
 * so a report that tried to fetch anything would show it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TUPU_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PageRun {
  /** URLs the page asked for (other than the document itself). */
  requests: string[];
}

/** Open `html` in a fresh headless Chromium page and run `body` on it. */
export async function withPage<T>(
  html: string,
  body: (page: Page, run: PageRun) => Promise<T>,
): Promise<T> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `report/chromium: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set TUPU_CHROMIUM)`,
    );
  const profile = await mkdtemp(join(tmpdir(), 'tupu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 1400 },
  });
  try {
    const run: PageRun = { requests: [] };
    await context.route('**/*', (route) => {
      run.requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await body(page, run);
  } finally {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}
