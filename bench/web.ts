/**
 * npm run bench:web — the explorer in headless Chromium (Debian's, software WebGL):
 * time from navigation to first rendered frame, frames per second while panning, and
 * ForceAtlas2 iterations per second in the worker, for the seeds graph and for seeded
 * synthetic graphs of 10k nodes/40k edges and 50k nodes/200k edges.
 * Served from the production build (vite build + preview) unless --dev (the dev server of npm start).
 * Beside it, in the same run and on the same graph files, a raw sigma.js page (bench/raw-sigma:
 * fetch, parse, one Sigma) is measured the same way, start-up runs alternating, and the
 * explorer / raw ratios are printed (the goal: within 1.2x).
 * Options: --only <name> (seeds, 10k, 50k), --runs <n> (start-up runs, median kept), --dev.
 */
import { statSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringifyGraph } from '../graph/json/index.ts';
import { ingestSeedsGraph } from '../tests/kit/graph-files.ts';
import {
  launchBrowser,
  serveBuild,
  startBuiltExplorer,
  startExplorer,
  waitForExplorer,
} from '../tests/kit/browser.ts';
import { syntheticGraph } from '../tests/kit/synthetic.ts';
import { REPO_ROOT } from '../web/server/config.ts';

const OUT = resolve(REPO_ROOT, 'bench/out');
/** --dev: measure against the Vite dev server (what `npm start` runs) instead of the production build. */
const DEV = process.argv.includes('--dev');

interface Case {
  name: string;
  path: string;
  nodes: number;
  edges: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
interface Result extends Case {
  firstFrameMs: number;
  firstFrameRuns: number[];
  startupJsMs: number;
  edgesFrameMs: number;
  longestTaskMs: number;
  panFps: number;
  renderMs: number;
  fa2ItersPerSec: number;
  jsonMB: number;
  /** The raw sigma.js page on the same file: first frame (everything, edges included) and pan. */
  raw: { firstFrameMs: number; firstFrameRuns: number[]; panFps: number; renderMs: number };
}

async function syntheticCase(name: string, nodes: number, edges: number): Promise<Case> {
  const graph = syntheticGraph({ nodes, edges, seed: 42, layout: 'clustered' });
  const path = join(OUT, `synthetic-${name}.json`);
  await writeFile(path, stringifyGraph(graph));
  return { name, path, nodes: graph.order, edges: graph.size };
}

async function seedsCase(): Promise<Case> {
  const path = await ingestSeedsGraph();
  const { parseGraphJson } = await import('../graph/json/index.ts');
  const { readFile } = await import('node:fs/promises');
  const g = parseGraphJson(await readFile(path, 'utf8'));
  return { name: 'seeds', path, nodes: g.order, edges: g.size };
}

type Page = Awaited<ReturnType<typeof launchBrowser>>['page'];

// In-page code is passed as source text: tsx would otherwise wrap named functions in a helper the page lacks.

/** Pan with sigma's camera animation (which hides labels/edges on big graphs) and count rendered frames. */
const panFpsOf = (sigmaExpression: string) => `async (ms) => {
  const sigma = ${sigmaExpression};
  const camera = sigma.getCamera();
  let frames = 0;
  let renderMs = 0;
  let began = 0;
  const before = () => { began = performance.now(); };
  const count = () => { frames++; renderMs += performance.now() - began; };
  sigma.on('beforeRender', before);
  sigma.on('afterRender', count);
  const start = performance.now();
  const state = camera.getState();
  await camera.animate({ x: state.x + 0.3 }, { duration: ms / 2, easing: 'linear' });
  await camera.animate({ x: state.x }, { duration: ms / 2, easing: 'linear' });
  sigma.off('afterRender', count);
  sigma.off('beforeRender', before);
  return [frames / ((performance.now() - start) / 1000), renderMs / Math.max(1, frames)];
}`;

/** ForceAtlas2 iterations per second in the worker, counted from its first iteration (the supervisor writes positions once per iteration). */
const FA2_RATE = `async (ms) => {
  const explorer = window.__tupu.explorer;
  explorer.startLayout();
  const deadline = performance.now() + 60000;
  while (explorer.layout.iterations() < 1 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const i0 = explorer.layout.iterations();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const rate = (explorer.layout.iterations() - i0) / ((performance.now() - t0) / 1000);
  explorer.layout.stop();
  return rate;
}`;

const inPage = <T>(page: Page, source: string, arg: number) =>
  page.evaluate(`(${source})(${arg})`) as Promise<T>;
const EXPLORER_SIGMA = 'window.__tupu.explorer.sigma';
const RAW_SIGMA = 'window.__raw.sigma';
const panFps = (page: Page, sigma = EXPLORER_SIGMA, seconds = 3) =>
  inPage<[number, number]>(page, panFpsOf(sigma), seconds * 1000);
const fa2Rate = (page: Page, seconds = 5) => inPage<number>(page, FA2_RATE, seconds * 1000);

/** Phases left out of "JS before the first frame": page load, and what runs after the first frame (edges of big graphs, the search index when idle). */
const AFTER_FIRST_FRAME = new Set([
  'boot', // not JS: navigation until main.ts runs
  'edgesDownload',
  'parseEdges',
  'importEdges',
  'sizesAfterEdges',
  'edges',
  'sigmaEdges',
  'searchIndex',
]);

/** Idle time between launching the browser and navigating. */
const SETTLE_MS = 2000;

interface StartUp {
  firstFrame: number;
  edgesFrame: number;
  js: number;
  /** The longest main-thread task after the first frame (the page does not answer input meanwhile). */
  longestTask: number;
  /** The canvas's size in the page (the raw sigma.js page is given the same). */
  canvas: { w: number; h: number };
}

/** Collects the page's long tasks (over 50 ms) from the start of navigation. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/** Navigation to first frame, to the frame with the edges, and the JS start-up work before the first frame. */
async function startUp(url: string): Promise<StartUp> {
  const browser = await launchBrowser({ width: 1400, height: 900 });
  try {
    // let the fresh browser (and the previous run's exit) settle: navigation is what is timed
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await browser.page.addInitScript(LONG_TASKS);
    await browser.page.goto(url);
    await waitForExplorer(browser.page, 120_000);
    await browser.page.waitForFunction(
      'window.__tupu.explorer.metrics.edgesFrame !== null',
      undefined,
      {
        timeout: 120_000,
      },
    );
    const m = (await browser.page.evaluate('window.__tupu.explorer.metrics')) as {
      firstFrame: number;
      edgesFrame: number;
      phases: Record<string, number>;
    };
    // Where start-up time goes, phase by phase (the explorer's own marks).
    const phases = Object.entries(m.phases).map(([name, ms]) => `${name} ${Math.round(ms)}`);
    console.error(`    phases (ms): ${phases.join(', ')}`);
    const js = Object.entries(m.phases)
      .filter(([name]) => !AFTER_FIRST_FRAME.has(name))
      .reduce((sum, [, ms]) => sum + ms, 0);
    const tasks = (await browser.page.evaluate('window.__longTasks')) as Array<[number, number]>;
    const longestTask = Math.max(
      0,
      ...tasks.filter(([at]) => at >= m.firstFrame).map(([, d]) => d),
    );
    const canvas = (await browser.page.evaluate(
      '(() => { const r = window.__tupu.explorer.sigma.getContainer().getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; })()',
    )) as { w: number; h: number };
    return { firstFrame: m.firstFrame, edgesFrame: m.edgesFrame, js, longestTask, canvas };
  } finally {
    await browser.close();
  }
}

/** The raw sigma.js page (bench/raw-sigma) built by Vite, with the graph file beside it. */
function startRawSigma(graphPath: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(REPO_ROOT, 'bench/raw-sigma');
  const config = {
    configFile: false as const,
    root,
    base: './',
    build: { chunkSizeWarningLimit: 2000 },
  };
  return serveBuild(config, undefined, (outDir) => copyFile(graphPath, join(outDir, 'graph.json')));
}

/** Navigation to the raw page's first frame (its nodes and edges), fresh browser as for the explorer. */
async function rawStartUp(url: string): Promise<number> {
  const browser = await launchBrowser({ width: 1400, height: 900 });
  try {
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await browser.page.goto(url);
    await browser.page.waitForFunction('window.__raw !== undefined', undefined, {
      timeout: 180_000,
    });
    return (await browser.page.evaluate('window.__raw.firstFrame')) as number;
  } finally {
    await browser.close();
  }
}

/** Pan runs per page, alternating between the two open pages; the median is kept. */
const PAN_RUNS = 3;

async function measure(c: Case, runs: number): Promise<Result> {
  const server = DEV
    ? await startExplorer({ graphPath: c.path })
    : await startBuiltExplorer({ graphPath: c.path });
  const raw = await startRawSigma(c.path);
  try {
    // warm-up: Vite transforms and pre-bundles on first load
    const { canvas } = await startUp(server.url);
    const rawUrl = `${raw.url}?w=${canvas.w}&h=${canvas.h}`;
    await rawStartUp(rawUrl);
    const starts: StartUp[] = [];
    const rawStarts: number[] = [];
    // Alternating, so a busier moment of the shared machine falls on both sides alike.
    for (let i = 0; i < runs; i++) {
      starts.push(await startUp(server.url));
      rawStarts.push(await rawStartUp(rawUrl));
    }
    const browser = await launchBrowser();
    const rawBrowser = await launchBrowser();
    try {
      await browser.page.goto(server.url);
      await waitForExplorer(browser.page, 120_000);
      await browser.page.waitForFunction(
        'window.__tupu.explorer.metrics.edgesFrame !== null',
        undefined,
        { timeout: 120_000 }, // a loaded machine draws 200k edges in more than 30 s
      );
      await rawBrowser.page.goto(rawUrl);
      await rawBrowser.page.waitForFunction('window.__raw !== undefined', undefined, {
        timeout: 180_000,
      });
      const pans: Array<[number, number]> = [];
      const rawPans: Array<[number, number]> = [];
      for (let i = 0; i < PAN_RUNS; i++) {
        pans.push(await panFps(browser.page));
        rawPans.push(await panFps(rawBrowser.page, RAW_SIGMA));
      }
      const [fps, renderMs] = [median(pans.map((p) => p[0])), median(pans.map((p) => p[1]))];
      const [rawFps, rawRenderMs] = [
        median(rawPans.map((p) => p[0])),
        median(rawPans.map((p) => p[1])),
      ];
      const fa2 = await fa2Rate(browser.page);
      const round1 = (v: number) => Math.round(v * 10) / 10;
      return {
        ...c,
        firstFrameMs: median(starts.map((s) => Math.round(s.firstFrame))),
        firstFrameRuns: starts.map((s) => Math.round(s.firstFrame)),
        edgesFrameMs: median(starts.map((s) => Math.round(s.edgesFrame))),
        longestTaskMs: median(starts.map((s) => Math.round(s.longestTask))),
        startupJsMs: median(starts.map((s) => Math.round(s.js))),
        panFps: round1(fps),
        renderMs: round1(renderMs),
        fa2ItersPerSec: round1(fa2),
        jsonMB: round1(statSync(c.path).size / 1e6),
        raw: {
          firstFrameMs: median(rawStarts.map(Math.round)),
          firstFrameRuns: rawStarts.map(Math.round),
          panFps: round1(rawFps),
          renderMs: round1(rawRenderMs),
        },
      };
    } finally {
      await browser.close();
      await rawBrowser.close();
    }
  } finally {
    await server.close();
    await raw.close();
  }
}

/** Explorer beside raw sigma.js: times as explorer / raw (lower is better), fps as raw / explorer. */
function rawTable(results: Result[]): string {
  const x = (v: number) => `${(Math.round(v * 100) / 100).toFixed(2)}x`;
  const head = [
    '| graph | first frame: explorer / raw | ratio | explorer with edges drawn / raw | ratio | pan fps: explorer / raw | raw ÷ explorer |',
    '|---|---|---|---|---|---|---|',
  ];
  const rows = results.map((r) =>
    [
      r.name,
      `${r.firstFrameMs} / ${r.raw.firstFrameMs} ms`,
      x(r.firstFrameMs / r.raw.firstFrameMs),
      `${r.edgesFrameMs} / ${r.raw.firstFrameMs} ms`,
      x(r.edgesFrameMs / r.raw.firstFrameMs),
      `${r.panFps} / ${r.raw.panFps}`,
      x(r.raw.panFps / r.panFps),
    ].join(' | '),
  );
  return [...head, ...rows.map((r) => `| ${r} |`)].join('\n');
}

function table(results: Result[]): string {
  const head = [
    '| graph | nodes / edges | JSON | first frame | of which JS | edges drawn | longest task after | panning fps | JS per frame | FA2 iterations/s |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = results.map((r) =>
    [
      r.name,
      `${r.nodes.toLocaleString('en')} / ${r.edges.toLocaleString('en')}`,
      `${r.jsonMB} MB`,
      `${r.firstFrameMs} ms`,
      `${r.startupJsMs} ms`,
      `${r.edgesFrameMs} ms`,
      `${r.longestTaskMs} ms`,
      r.panFps,
      `${r.renderMs} ms`,
      r.fa2ItersPerSec,
    ].join(' | '),
  );
  return [...head, ...rows.map((r) => `| ${r} |`)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  await mkdir(OUT, { recursive: true });
  const makers: Record<string, () => Promise<Case>> = {
    seeds: seedsCase,
    '10k': () => syntheticCase('10k', 10_000, 40_000),
    '50k': () => syntheticCase('50k', 50_000, 200_000),
  };
  const results: Result[] = [];
  for (const [name, make] of Object.entries(makers)) {
    if (only && only !== name) continue;
    const c = await make();
    console.error(`bench:web ${name}: ${c.nodes} nodes, ${c.edges} edges…`);
    const r = await measure(c, runs);
    console.error(
      `  raw sigma.js: first frame ${r.raw.firstFrameMs} ms (runs ${r.raw.firstFrameRuns.join(', ')}), pan ${r.raw.panFps} fps (${r.raw.renderMs} ms JS per frame)`,
    );
    console.error(
      `  first frame ${r.firstFrameMs} ms (runs ${r.firstFrameRuns.join(', ')}; JS ${r.startupJsMs} ms; edges at ${r.edgesFrameMs} ms, longest task after the first frame ${r.longestTaskMs} ms), pan ${r.panFps} fps (${r.renderMs} ms JS per frame), FA2 ${r.fa2ItersPerSec} it/s`,
    );
    results.push(r);
  }
  const report = `${table(results)}\n\n${rawTable(results)}`;
  console.log(report);
  await writeFile(
    join(OUT, 'web.json'),
    JSON.stringify({ date: new Date().toISOString(), results }, null, 1),
  );
  await writeFile(join(OUT, 'web.md'), report + '\n');
}

await main();
