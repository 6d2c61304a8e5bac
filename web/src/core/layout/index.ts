/** Layout: ForceAtlas2 in a web worker, a quick settle for small graphs, saved positions. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { RenderGraph, Position } from '../appearance/index.ts';
import type { KeyValueStore, LayoutController, SavedLayout } from './types.ts';
import { fingerprintKeys, round2, storageKey } from './utils.ts';

export type { KeyValueStore, LayoutController, SavedLayout } from './types.ts';
export { fingerprintKeys } from './utils.ts';

/** Graphs up to this size get an FA2 settle when they have no saved layout. */
export const SETTLE_LIMIT = 3000;
/**
 * Up to this size the settle runs before the first frame (a few hundred milliseconds at most);
 * above it, the first frame comes first and the settle runs in steps with its progress shown.
 */
export const SYNC_SETTLE_LIMIT = 600;
/** FA2 iterations of a settle, and per step of a stepwise one. */
export const SETTLE_ITERATIONS = 150;
export const SETTLE_STEP = 5;

export function sortedNodeKeys(graph: { nodes(): string[] }): string[] {
  return graph.nodes().sort();
}

export function saveLayout(store: KeyValueStore, render: RenderGraph): SavedLayout | null {
  const keys = sortedNodeKeys(render);
  const xy: number[] = [];
  for (const key of keys) {
    const { x, y } = render.getNodeAttributes(key);
    xy.push(round2(x), round2(y));
  }
  const layout: SavedLayout = { version: 1, fingerprint: fingerprintKeys(keys), xy };
  try {
    store.setItem(storageKey(layout.fingerprint), JSON.stringify(layout));
    return layout;
  } catch {
    return null; // quota: the layout is simply not remembered
  }
}

export function loadLayout(
  store: KeyValueStore,
  nodeKeys: readonly string[],
): Map<string, Position> | null {
  const keys = [...nodeKeys].sort();
  const fingerprint = fingerprintKeys(keys);
  let saved: SavedLayout;
  try {
    const raw = store.getItem(storageKey(fingerprint));
    if (!raw) return null;
    saved = JSON.parse(raw) as SavedLayout;
  } catch {
    return null;
  }
  if (
    saved.version !== 1 ||
    saved.fingerprint !== fingerprint ||
    saved.xy.length !== keys.length * 2
  )
    return null;
  return new Map(keys.map((key, i) => [key, { x: saved.xy[2 * i]!, y: saved.xy[2 * i + 1]! }]));
}

export function inferLayoutSettings(render: RenderGraph) {
  return { ...forceAtlas2.inferSettings(render), adjustSizes: false };
}

/** Synchronous FA2 for small graphs, so the first frame is already readable. */
export function settleLayout(render: RenderGraph, iterations = SETTLE_ITERATIONS): void {
  if (render.order === 0 || render.order > SETTLE_LIMIT) return;
  forceAtlas2.assign(render, {
    iterations,
    settings: inferLayoutSettings(render),
    getEdgeWeight: null,
  });
}

/**
 * The settle in steps of `step` iterations (one per animation frame in the explorer), yielding
 * the iterations done so far. Fixed steps keep the result the same on every machine; it is not
 * the same layout as one run of all iterations (FA2's per-run speed state restarts each step).
 */
export function* settleSteps(
  render: RenderGraph,
  iterations = SETTLE_ITERATIONS,
  step = SETTLE_STEP,
): Generator<number, void, void> {
  if (render.order === 0) return;
  const settings = inferLayoutSettings(render);
  for (let done = 0; done < iterations;) {
    const n = Math.min(step, iterations - done);
    forceAtlas2.assign(render, { iterations: n, settings, getEdgeWeight: null });
    done += n;
    yield done;
  }
}

/** Copy of the render graph's structure and positions for the worker (no attributes to carry). */
function layoutShadow(render: RenderGraph): Graph {
  const shadow = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  render.forEachNode((key, a) => void shadow.addNode(key, { x: a.x, y: a.y }));
  render.forEachEdge((_e, _a, source, target) => void shadow.addEdge(source, target));
  return shadow;
}

/**
 * ForceAtlas2 in a web worker. The worker lays out a shadow graph, and positions are copied to
 * the render graph at most once per `syncEveryMs` (every frame on small graphs): on big graphs
 * the worker then iterates at its own pace instead of waiting for each redraw.
 */
export function createLayoutController(
  render: RenderGraph,
  syncEveryMs = render.order > 5000 ? 400 : 0,
): LayoutController {
  let shadow: Graph | null = null;
  let supervisor: FA2LayoutSupervisor | null = null;
  let iterations = 0;
  let frame = 0;
  let lastSync = 0;
  // the supervisor writes all positions once per worker iteration
  const count = () => void iterations++;
  const ensure = (): FA2LayoutSupervisor => {
    if (supervisor) return supervisor;
    shadow = layoutShadow(render);
    shadow.on('eachNodeAttributesUpdated', count);
    supervisor = new FA2LayoutSupervisor(shadow, {
      settings: inferLayoutSettings(render),
      getEdgeWeight: null,
    });
    return supervisor;
  };
  const sync = () => {
    const from = shadow;
    if (!from) return;
    render.updateEachNodeAttributes(
      (key, attrs) => {
        const p = from.getNodeAttributes(key) as { x: number; y: number };
        attrs.x = p.x;
        attrs.y = p.y;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  };
  // Redrawing a big graph blocks the main thread, and the worker waits for it between
  // iterations: space the copies so that redraws take at most a fifth of the time.
  let interval = syncEveryMs;
  const loop = (now: number) => {
    if (!supervisor?.isRunning()) return;
    if (now - lastSync >= interval) {
      const t0 = performance.now();
      sync();
      lastSync = now;
      requestAnimationFrame(() => (interval = Math.max(syncEveryMs, (performance.now() - t0) * 4)));
    }
    frame = requestAnimationFrame(loop);
  };
  return {
    start: () => {
      ensure().start();
      frame = requestAnimationFrame(loop);
    },
    stop: () => {
      supervisor?.stop();
      cancelAnimationFrame(frame);
      sync();
    },
    isRunning: () => supervisor?.isRunning() ?? false,
    kill: () => {
      cancelAnimationFrame(frame);
      shadow?.off('eachNodeAttributesUpdated', count);
      supervisor?.kill();
    },
    iterations: () => iterations,
  };
}
