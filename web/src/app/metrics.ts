/** Start-up and frame timings, read by bench/web.ts through window.__tupu.explorer.metrics. */

export interface Metrics {
  /** performance.now() when the first frame of the current graph was drawn. */
  firstFrame: number | null;
  /** performance.now() when the edges were drawn too (later than firstFrame on big graphs). */
  edgesFrame: number | null;
  /** performance.now() when a settle run after the first frame ended (null: none ran). */
  settled: number | null;
  buildMs: number;
  /** Milliseconds per start-up phase (fetch, parse, index, render graph, sigma, ui…). */
  phases: Record<string, number>;
}

/** Run `fn`, adding its duration to metrics.phases[name]. */
export function timed<T>(metrics: Metrics, name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    metrics.phases[name] = (metrics.phases[name] ?? 0) + performance.now() - t0;
  }
}
