/** `npx vite web` / `npx vite build web`: the graph comes from TUPU_GRAPH, graph.json or the fixture. */
import { defineConfig } from 'vite';
import { explorerViteConfig } from './server/config.ts';

const { configFile: _ignored, ...config } = explorerViteConfig({
  graphPath: process.env.TUPU_GRAPH || undefined,
});
export default defineConfig(config);
