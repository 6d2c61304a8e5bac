/**
 * Speed (docs/benchmarks.md, eighth round): linkedom costs 0.1–0.2 CPU-s to load, so an ingest of
 * plain text or Markdown must not load it; the first web page does.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether linkedom was loaded (as ESM, seen by a resolve hook, or as CommonJS) after `format`. */
function linkedomLoadedAfter(format: 'markdown' | 'html', page: string): boolean {
  const hook = `export async function resolve(s, c, next) {
      const r = await next(s, c);
      if (r.url.includes('/node_modules/linkedom/')) globalThis.port?.postMessage(r.url);
      return r;
    }
    export function initialize(data) { globalThis.port = data.port; }`;
  const script = `
    import { createRequire, register } from 'node:module';
    import { MessageChannel } from 'node:worker_threads';
    const { port1, port2 } = new MessageChannel();
    let seen = false;
    port1.on('message', () => (seen = true));
    port1.unref();
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), {
      data: { port: port2 }, transferList: [port2] });
    const { articlesFromText } = await import('./ingest/index.ts');
    articlesFromText(${JSON.stringify(page)}, 'a', ${JSON.stringify(format)});
    await new Promise((r) => setTimeout(r, 50));
    const cjs = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/linkedom/'));
    console.log(JSON.stringify(seen || cjs));`;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as boolean;
}

describe('the HTML parser', () => {
  it('is not loaded by an ingest of Markdown', () => {
    expect(linkedomLoadedAfter('markdown', '## 某县新闻\n\n某县举行秋收节，农民展示新米。\n')).toBe(
      false,
    );
  });
  it('is loaded by the first web page', () => {
    const html =
      '<html><head><title>某县举行秋收节</title></head><body><article><p>某县举行秋收节，农民展示新米，游客品尝新米饭。</p></article></body></html>';
    expect(linkedomLoadedAfter('html', html)).toBe(true);
  });
});
