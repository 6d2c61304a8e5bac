/**
 * The explorer: one data graph (tupu model), one render graph (sigma) built from it by
 * toRenderGraph, the view state (URL) and what is derived from it. UI modules subscribe.
 */
import type Sigma from 'sigma';
import { createTupuGraph, type TupuGraph } from '../../../graph/json/index.ts';
import { DeferredEdges, liveHost } from './deferred-edges.ts';
import { bindCanvas, CanvasListeners } from './canvas-events.ts';
import { FRAMED, LOOK_ONLY } from './view-fields.ts';
import { deriveView, neighbourhood } from './derived.ts';
import type { PendingEdges } from './loading.ts';
import { timed, type Metrics } from './metrics.ts';
import { SettleProgress } from './settle.ts';
import { GraphFacts } from './graph-facts.ts';
import { mergeInto } from './merge-graph.ts';
import {
  applyCommunities,
  applySizes,
  computeNodeSizes,
  toRenderGraph,
  type Position,
  type RenderGraph,
} from '../core/appearance/index.ts';
import type { Visibility } from '../core/filters/index.ts';
import { translator, type Translate } from '../core/i18n/index.ts';
import {
  createLayoutController,
  loadLayout,
  saveLayout,
  settleLayout,
  SETTLE_LIMIT,
  SYNC_SETTLE_LIMIT,
  type KeyValueStore,
  type LayoutController,
} from '../core/layout/index.ts';
import type { GraphPath } from '../../../graph/subgraph/paths.ts';
import { defaultViewState, type ViewState } from '../core/state.ts';
import { sanitizeViewState } from '../core/url/index.ts';
import {
  BIG_GRAPH,
  centerOnNode,
  createSigma,
  fitCamera,
  refreshHover,
  refreshNodes,
  type RenderView,
} from './renderer.ts';

export interface Message {
  text: string;
  kind: 'info' | 'error';
}

export class Explorer {
  data: TupuGraph = createTupuGraph();
  render!: RenderGraph;
  sigma!: Sigma;
  layout!: LayoutController;
  state: ViewState;
  t: Translate;
  visibility: Visibility = { nodes: null, edges: null };
  /** The k shortest paths between the path ends, shortest first; `path` is the first. */
  paths: GraphPath[] = [];
  path: GraphPath | null = null;
  hovered: string | null = null;
  hoverSet: Set<string> | null = null;
  /** The selected node and its neighbours. */
  selectedSet: Set<string> | null = null;
  /** state.picked as a set (the reducers ask per node). */
  pickedSet = new Set<string>();
  /** Tooltip and node menu listen here. */
  readonly canvas = new CanvasListeners();
  pathStart: string | null = null;
  message: Message | null = null;
  graphName = '';
  metrics: Metrics = { firstFrame: null, edgesFrame: null, settled: null, buildMs: 0, phases: {} };
  /** A mid-size graph's layout settling after the first frame (./settle.ts). */
  readonly settling = new SettleProgress();
  /** Search index, communities, filter lists: computed from the data once per graph. */
  readonly facts = new GraphFacts(this);
  /** Big graphs: the edges that join after the first frame. */
  readonly deferred = new DeferredEdges(
    liveHost(this, {
      changed: () => this.emit(),
      imported: () => this.edgesImported(),
      failed: (e) => this.reportBadEdges(e),
    }),
  );
  private listeners = new Set<() => void>();
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();

  constructor(
    private container: HTMLElement,
    private store: KeyValueStore,
    state: ViewState = defaultViewState(),
  ) {
    this.state = state;
    this.t = translator(state.lang);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Reducers read this on every refresh. */
  readonly view = (): RenderView => ({
    visibility: this.visibility,
    hovered: this.hovered,
    hoverSet: this.hoverSet,
    hoverLite: this.render.order > BIG_GRAPH,
    pathNodes: this.pathNodes,
    pathEdges: this.pathEdges,
    selected: this.state.selected,
    selectedSet: this.selectedSet,
    picked: this.pickedSet,
    showArticles: this.state.showArticles,
    colorMode: this.state.colorMode,
    pinyin: this.state.pinyin,
  });

  /** Show a new data graph (initial load, file picker, drag and drop). */
  loadGraph(data: TupuGraph, name: string, pendingEdges: PendingEdges = []): void {
    this.deferred.reset(pendingEdges);
    this.data = data;
    this.graphName = name;
    this.forgetDerived();
    this.state = sanitizeViewState(this.state, (k) => data.hasNode(k));
    const saved = timed(this.metrics, 'loadLayout', () => loadLayout(this.store, data.nodes()));
    this.mount(saved ?? undefined, !saved);
  }

  /** Merge nodes and edges (Cypher results) into the data graph, keeping positions. */
  async mergeGraph(incoming: TupuGraph): Promise<{ nodes: number; edges: number }> {
    await this.attachEdges();
    const { nodes, edges } = mergeInto(this.data, incoming);
    if (nodes || edges) {
      this.forgetDerived();
      this.mount(this.currentPositions(), false);
    }
    return { nodes, edges };
  }

  /** The data graph changed: what was computed from it is recomputed when next asked for. */
  private forgetDerived(): void {
    this.facts.forget();
  }

  private currentPositions(): Map<string, Position> {
    return new Map(this.render.mapNodes((k, a) => [k, { x: a.x, y: a.y }] as [string, Position]));
  }

  /** The one place the render graph is (re)built from the data graph. */
  private mount(positions: Map<string, Position> | undefined, settle: boolean): void {
    const started = performance.now();
    this.layout?.kill();
    this.sigma?.kill();
    const m = this.metrics;
    const sizes = timed(m, 'sizes', () => computeNodeSizes(this.data, this.state.sizeMode));
    const withEdges = !this.deferred.deferOnMount();
    this.render = timed(m, 'renderGraph', () =>
      toRenderGraph(this.data, { positions, sizes, withEdges }),
    );
    this.settling.cancel();
    const settleLater = settle && this.render.order > SYNC_SETTLE_LIMIT;
    if (settle && !settleLater && this.render.order <= SETTLE_LIMIT) {
      timed(m, 'settle', () => settleLayout(this.render));
      timed(m, 'saveLayout', () => saveLayout(this.store, this.render));
    }
    if (this.state.colorMode === 'louvain')
      timed(m, 'louvain', () => applyCommunities(this.render, this.facts.communities()));
    timed(m, 'derive', () => this.derive());
    this.sigma = timed(m, 'sigma', () => createSigma(this.render, this.container, this.view));
    this.layout = timed(m, 'layoutWorker', () => createLayoutController(this.render));
    this.metrics.buildMs = performance.now() - started;
    this.metrics.firstFrame = null;
    this.metrics.edgesFrame = null;
    this.metrics.settled = null;
    requestAnimationFrame(() => {
      this.metrics.firstFrame = performance.now();
      if (settleLater && this.render.order <= SETTLE_LIMIT) this.settleAfterFirstFrame();
      if (!withEdges) setTimeout(() => void this.attachEdges(), 0);
      else this.metrics.edgesFrame = this.metrics.firstFrame;
      setTimeout(() => void this.facts.searchIndex, 0);
    });
    bindCanvas(this, this.canvas);
    timed(m, 'ui', () => this.emit());
  }

  /** Settle in steps once the edges are in (the settle moves nodes along them). */
  private settleAfterFirstFrame(): void {
    const render = this.render;
    void this.attachEdges().then(() => {
      if (this.render !== render || this.layout.isRunning()) return;
      this.settling.start(render, this.sigma, this.metrics, () => saveLayout(this.store, render));
    });
  }

  /** Resolves when every edge is in the data and render graphs (layout, export, merge wait). */
  attachEdges(): Promise<void> {
    return this.deferred.attach();
  }

  /** The data graph has the deferred edges: sizes, communities and visibility follow. */
  private edgesImported(): void {
    this.forgetDerived();
    timed(this.metrics, 'sizesAfterEdges', () =>
      applySizes(this.render, computeNodeSizes(this.data, this.state.sizeMode)),
    );
    if (this.state.colorMode === 'louvain') applyCommunities(this.render, this.facts.communities());
    this.derive();
  }

  private reportBadEdges(e: Error): void {
    const text = this.t('badFile', { name: this.graphName, reason: e.message });
    this.message = { kind: 'error', text };
  }

  /** Esc: the innermost thing first (path being picked, selection, path, focus). */
  clearOne(): void {
    if (this.pathStart) {
      this.pathStart = null;
      this.emit();
    } else if (this.state.picked.length) this.update({ picked: [] });
    else if (this.state.selected) this.select(null);
    else if (this.state.path) this.clearPath();
    else if (this.state.focus) this.update({ focus: null, expanded: [], collapsed: [] });
  }

  /** The camera frames what the view shows: the path, else the visible nodes, else everything. */
  fitView(duration = 400): void {
    if (this.pathNodes.size) return fitCamera(this.sigma, [...this.pathNodes], duration);
    if (this.visibility.nodes) return fitCamera(this.sigma, [...this.visibility.nodes], duration);
    void this.sigma.getCamera().animatedReset({ duration });
  }

  /** Recompute what is visible and the path; cheap when no filter is on. */
  private derive(): void {
    const d = deriveView(this.data, this.state);
    this.selectedSet = d.selectedSet;
    this.pickedSet = new Set(this.state.picked);
    this.paths = d.paths;
    this.path = d.path;
    this.pathNodes = d.pathNodes;
    this.pathEdges = d.pathEdges;
    this.visibility = d.visibility;
  }

  /** Change the view state: derive, redraw, write the URL, notify the UI. */
  update(patch: Partial<ViewState>): void {
    const before = this.state;
    this.state = { ...this.state, ...patch };
    if (patch.lang && patch.lang !== before.lang) this.t = translator(patch.lang);
    const changed = (Object.keys(patch) as Array<keyof ViewState>).filter(
      (k) => patch[k] !== before[k],
    );
    if (changed.every((k) => LOOK_ONLY.has(k))) return this.redrawLook(before);
    if (patch.sizeMode && patch.sizeMode !== before.sizeMode)
      applySizes(this.render, computeNodeSizes(this.data, patch.sizeMode));
    if (patch.colorMode === 'louvain' && before.colorMode !== 'louvain')
      applyCommunities(this.render, this.facts.communities());
    this.derive();
    this.sigma.refresh();
    if (changed.some((k) => FRAMED.has(k))) this.fitView();
    this.emit();
  }

  /** Selection, pinyin, language: nothing to derive; re-reduce only the nodes whose look changed. */
  private redrawLook(previous: ViewState): void {
    const before = [...(this.selectedSet ?? []), ...previous.picked];
    this.selectedSet = neighbourhood(this.data, this.state.selected);
    this.pickedSet = new Set(this.state.picked);
    const nodes = new Set([...before, ...(this.selectedSet ?? []), ...this.pickedSet]);
    refreshNodes(this.sigma, this.render, nodes, [previous.selected, this.state.selected]);
    this.emit();
  }

  /** A dragged node was dropped: keep the layout. */
  layoutMoved(): void {
    saveLayout(this.store, this.render);
  }

  select(key: string | null, center = false): void {
    if (key && !this.data.hasNode(key)) return;
    this.update({ selected: key });
    if (key && center) centerOnNode(this.sigma, key);
  }

  centerOn(key: string): void {
    centerOnNode(this.sigma, key);
  }

  hover(key: string | null): void {
    const before = { node: this.hovered, set: this.hoverSet };
    this.hovered = key;
    this.hoverSet = neighbourhood(this.data, key);
    refreshHover(this.sigma, this.render, before, { node: key, set: this.hoverSet });
  }

  setMessage(message: Message | null): void {
    this.message = message;
    this.emit();
  }

  async startLayout(): Promise<void> {
    await this.attachEdges();
    this.settling.cancel();
    this.layout.start();
    this.emit();
  }

  stopLayout(): void {
    this.layout.stop();
    saveLayout(this.store, this.render);
    this.emit();
  }

  /** Path: first call remembers the start, second call sets both ends. */
  pathTo(key: string): void {
    if (!this.pathStart || this.pathStart === key) {
      this.pathStart = key;
      this.emit();
      return;
    }
    const from = this.pathStart;
    this.pathStart = null;
    this.update({ path: [from, key] });
  }

  clearPath(): void {
    this.pathStart = null;
    this.update({ path: null });
  }
}
