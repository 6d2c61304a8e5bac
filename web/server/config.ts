/** The explorer's Vite configuration, shared by web/vite.config.ts, `tupu start|serve`, tests and bench. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { tupuPlugin, type TupuPluginOptions } from './plugin.ts';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(WEB_ROOT, '..');
export const FIXTURE_GRAPH = resolve(REPO_ROOT, 'tests/fixtures/web/fixture.json');

/** graph.json at the repository root when present, else the hand-made fixture. */
export function defaultGraphPath(): string {
  const main = resolve(REPO_ROOT, 'graph.json');
  return existsSync(main) ? main : FIXTURE_GRAPH;
}

export interface ExplorerConfigOptions extends Partial<TupuPluginOptions> {
  port?: number;
  host?: string;
  open?: boolean;
}

export function explorerViteConfig(options: ExplorerConfigOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: WEB_ROOT,
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    plugins: [
      tupuPlugin({
        graphPath: options.graphPath ?? defaultGraphPath(),
        cypher: options.cypher,
        cypherReason: options.cypherReason,
        token: options.token,
      }),
    ],
    server: {
      port: options.port ?? 5173,
      host: options.host ?? '127.0.0.1',
      strictPort: options.port !== undefined && options.port !== 0,
      open: options.open ?? false,
      fs: { allow: [REPO_ROOT] },
    },
    preview: { port: options.port ?? 4173, host: options.host ?? '127.0.0.1' },
    build: { outDir: resolve(WEB_ROOT, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    optimizeDeps: {
      include: [
        'graphology',
        'sigma',
        'graphology-layout-forceatlas2',
        'graphology-layout-forceatlas2/worker',
      ],
    },
  };
}
