/**
 * A graph too big to settle before the first frame (web/src/core/layout SYNC_SETTLE_LIMIT) is
 * drawn first and settled afterwards, one step per animation frame, so the page is never blank
 * and the status line shows how far the layout is. Its own listeners: the status line follows
 * each step without re-rendering every panel.
 */
import type Sigma from 'sigma';
import type { RenderGraph } from '../core/appearance/index.ts';
import { SETTLE_ITERATIONS, settleSteps } from '../core/layout/index.ts';
import type { Metrics } from './metrics.ts';

/** Layout work per frame: the page stays responsive (clicks, the status line) while settling. */
const FRAME_BUDGET_MS = 150;

export class SettleProgress {
  /** Fraction done (0–1) while settling, null otherwise. */
  fraction: number | null = null;
  private run = 0;
  private listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(fraction: number | null): void {
    this.fraction = fraction;
    for (const listener of this.listeners) listener();
  }

  /** Stop a running settle (a new graph was mounted, or the user started ForceAtlas2). */
  cancel(): void {
    this.run++;
    if (this.fraction !== null) this.set(null);
  }

  start(render: RenderGraph, sigma: Sigma, metrics: Metrics, done: () => void): void {
    this.cancel();
    const run = this.run;
    const steps = settleSteps(render);
    this.set(0);
    const step = () => {
      if (run !== this.run) return;
      // Steps until the frame's budget is spent, then one redraw: a redraw of a big graph
      // costs more than a step. The steps are fixed, so the layout does not depend on timing.
      const t0 = performance.now();
      let next = steps.next();
      while (!next.done && performance.now() - t0 < FRAME_BUDGET_MS) next = steps.next();
      metrics.phases.settle = (metrics.phases.settle ?? 0) + performance.now() - t0;
      sigma.refresh();
      if (next.done) {
        this.set(null);
        metrics.settled = performance.now();
        return done();
      }
      this.set(next.value / SETTLE_ITERATIONS);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
}
