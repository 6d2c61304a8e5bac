/**
 * The browser harness of the e2e and security tests, bench:web and the screenshots script: a
 * Vite server for the explorer on a free port, and Debian's headless chromium via playwright-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, preview, type InlineConfig, type ViteDevServer } from 'vite';
import { explorerViteConfig, type ExplorerConfigOptions } from '../../web/server/config.ts';
import { CHROMIUM_ARGS as REPORT_CHROMIUM_ARGS, CHROMIUM_PATH } from '../../report/chromium.ts';

export const CHROMIUM = CHROMIUM_PATH;

/** The report's flags, plus WebGL without a GPU (SwiftShader through ANGLE) for sigma. */
export const CHROMIUM_ARGS = [
  ...REPORT_CHROMIUM_ARGS,
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface ExplorerServer {
  url: string;
  server?: ViteDevServer;
  close(): Promise<void>;
}

export async function startExplorer(options: ExplorerConfigOptions = {}): Promise<ExplorerServer> {
  const port = await freePort();
  const config = explorerViteConfig({ ...options, port, host: '127.0.0.1' });
  // Tests drive the page themselves: without Vite's socket nothing reloads it mid-test (a CI run
  // under load lost a test's state to a reload: a dependency re-bundle or a dropped socket).
  config.server = { ...config.server, ws: false };
  const server = await createServer(config);
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, server, close: () => server.close() };
}

/** The production bundle (vite build into a temporary folder) served by `vite preview`. */
export async function startBuiltExplorer(
  options: ExplorerConfigOptions = {},
): Promise<ExplorerServer> {
  const port = await freePort();
  return serveBuild(explorerViteConfig({ ...options, port, host: '127.0.0.1' }), port);
}

/**
 * `config` built by Vite into a temporary folder and served by `vite preview` on `port` (a free
 * one by default); `beside` adds files to the built folder first. Closing removes the folder.
 */
export async function serveBuild(
  config: InlineConfig,
  port?: number,
  beside?: (outDir: string) => Promise<void>,
): Promise<ExplorerServer> {
  port ??= await freePort();
  const outDir = await mkdtemp(join(tmpdir(), 'tupu-web-dist-'));
  await build({
    ...config,
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
  await beside?.(outDir);
  const server = await preview({
    ...config,
    logLevel: 'error',
    build: { ...config.build, outDir },
    preview: { port, host: '127.0.0.1', strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  downloads: string;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tupu-chromium-'));
  const downloads = await mkdtemp(join(tmpdir(), 'tupu-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    downloads,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

/** Where the explorer draws a node, in page coordinates. */
export function pointOf(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const { sigma } = window.__tupu.explorer;
    const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + v.x, y: box.top + v.y };
  }, key);
}

/** Wait until the explorer has loaded its graph and drawn a frame. */
export async function waitForExplorer(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => window.__tupu?.ready && window.__tupu.explorer.metrics.firstFrame !== null,
    undefined,
    { timeout },
  );
}
