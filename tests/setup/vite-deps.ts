/**
 * vitest globalSetup for the browser tests: Vite's pre-bundled dependencies (node_modules/.vite)
 * made once, before any test file starts an explorer server. Without it, on a fresh clone every
 * server started in parallel bundles them into the same folder at once, and a server may find
 * its bundle replaced under a page it is serving. With a valid cache this returns at once.
 */
import { optimizeDeps, resolveConfig } from 'vite';
import { explorerViteConfig } from '../../web/server/config.ts';

export default async function setup(): Promise<void> {
  // 'error': Vite warns that calling it by hand is deprecated; a server would do it, in parallel
  const config = await resolveConfig({ ...explorerViteConfig(), logLevel: 'error' }, 'serve');
  await optimizeDeps(config);
}
