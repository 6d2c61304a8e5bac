/**
 * Big graphs draw their nodes first; their edges join after the first frame: still downloading,
 * parsed but not in the data graph, or in the data graph but not yet drawn.
 */
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { TupuGraph } from '../../../graph/json/index.ts';
import type { SerializedTupuGraph } from '../../../graph/schema.ts';
import { addRenderEdges, type RenderGraph } from '../core/appearance/index.ts';
import {
  afterNextFrame,
  importEdgesInSlices,
  PROGRESSIVE_EDGES,
  validateEdges,
  type PendingEdges,
} from './loading.ts';
import { timed, type Metrics } from './metrics.ts';

/** What the deferred edges need from the explorer. */
export interface EdgeHost {
  readonly data: TupuGraph;
  readonly render: RenderGraph;
  readonly sigma: Sigma;
  readonly metrics: Metrics;
  /** Something the UI shows changed (progress, graph). */
  changed(): void;
  /** The data graph has its edges: recompute what depends on them. */
  imported(): void;
  failed(e: Error): void;
}

/** A host that reads the owner's current graphs, sigma and metrics (they are replaced on load). */
export function liveHost(
  owner: Pick<EdgeHost, 'data' | 'render' | 'sigma' | 'metrics'>,
  events: Pick<EdgeHost, 'changed' | 'imported' | 'failed'>,
): EdgeHost {
  return {
    get data() {
      return owner.data;
    },
    get render() {
      return owner.render;
    },
    get sigma() {
      return owner.sigma;
    },
    get metrics() {
      return owner.metrics;
    },
    ...events,
  };
}

export class DeferredEdges {
  /** Share of the edges in the data graph while they are added (1: being drawn), else null. */
  loaded: number | null = null;
  private pending: PendingEdges = [];
  /** Edges not yet in the render graph. */
  private waiting = false;
  /** The edges being attached (one run per mount). */
  private attaching: Promise<void> | null = null;

  constructor(private host: EdgeHost) {}

  /** A new graph: its edges still to come, if any. */
  reset(pending: PendingEdges): void {
    this.pending = pending;
    this.loaded = null;
  }

  /** Mounting the render graph: true if its edges wait for after the first frame. */
  deferOnMount(): boolean {
    const p = this.pending;
    this.waiting = this.host.data.size > PROGRESSIVE_EDGES || p instanceof Promise || p.length > 0;
    this.attaching = null;
    return this.waiting;
  }

  /** Resolves when every edge is in the data and render graphs. */
  attach(): Promise<void> {
    this.attaching ??= this.waiting ? this.attachWhenArrived() : Promise.resolve();
    return this.attaching;
  }

  private async attachWhenArrived(): Promise<void> {
    const pending = this.pending;
    const current = () => this.pending === pending; // false once another graph is loaded
    let edges: SerializedTupuGraph['edges'] = [];
    try {
      edges = validateEdges(await pending);
    } catch (e) {
      this.host.failed(e as Error);
    }
    if (!current() || (edges.length && !(await this.importData(edges, current)))) return;
    // sigma indexes the edges in one go: say so on screen first
    this.loaded = 1;
    this.host.changed();
    await afterNextFrame();
    if (!current()) return;
    this.loaded = null;
    this.pending = [];
    this.draw(edges.length > 0);
  }

  /** Into the data graph in slices (the page answers, the status shows progress). */
  private async importData(
    edges: SerializedTupuGraph['edges'],
    current: () => boolean,
  ): Promise<boolean> {
    const t0 = performance.now();
    const done = await importEdgesInSlices(this.host.data, edges, (n) => {
      if (!current()) return false;
      this.loaded = n / edges.length;
      this.host.changed();
      return true;
    });
    this.host.metrics.phases.importEdges = performance.now() - t0;
    return done;
  }

  /**
   * sigma is pointed at an empty graph meanwhile so that it does not re-index per added edge,
   * nor per node when sizes change after new data edges.
   */
  private draw(newDataEdges: boolean): void {
    const { data, render, sigma, metrics } = this.host;
    this.waiting = false;
    sigma.setGraph(new Graph() as unknown as RenderGraph);
    if (newDataEdges) this.host.imported();
    timed(metrics, 'edges', () => addRenderEdges(data, render));
    timed(metrics, 'sigmaEdges', () => sigma.setGraph(render));
    requestAnimationFrame(() => (metrics.edgesFrame = performance.now()));
    this.host.changed();
  }
}
