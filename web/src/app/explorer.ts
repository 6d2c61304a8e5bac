/**
 * The explorer: one data graph (tupu model), one render graph (sigma) built from it by
 * toRenderGraph, the view state (URL) and what is derived from it. UI modules subscribe.
 */
import Graph from 'graphology';
import type Sigma from 'sigma';
import { createTupuGraph, type TupuGraph } from '../../../graph/json/index.ts';
import type { SerializedTupuGraph } from '../../../graph/schema.ts';
import {
  importEdgesInSlices,
  PROGRESSIVE_EDGES,
  validateEdges,
  type PendingEdges,
} from './loading.ts';
import { timed, type Metrics } from './metrics.ts';

export { timed, type Metrics } from './metrics.ts';
import {
  addRenderEdges,
  applyCommunities,
  applySizes,
  computeNodeSizes,
  detectCommunities,
  toRenderGraph,
  type Position,
  type RenderGraph,
} from '../core/appearance/index.ts';
import {
  articleOptions,
  computeVisibility,
  edgeTypesPresent,
  filterPredicates,
  type ArticleOption,
  type Visibility,
} from '../core/filters/index.ts';
import { translator, type Translate } from '../core/i18n/index.ts';
import {
  createLayoutController,
  loadLayout,
  saveLayout,
  settleLayout,
  SETTLE_LIMIT,
  type KeyValueStore,
  type LayoutController,
} from '../core/layout/index.ts';
import { buildSearchIndex, type SearchIndex } from '../core/search/index.ts';
import { shortestPath, type GraphPath } from '../core/selection/index.ts';
import { defaultViewState, type ViewState } from '../core/state.ts';
import { sanitizeViewState } from '../core/url/index.ts';
import {
  BIG_GRAPH,
  centerOnNode,
  createSigma,
  refreshHover,
  refreshNodes,
  type RenderView,
} from './renderer.ts';

export interface Message {
  text: string;
  kind: 'info' | 'error';
}

/** View-state fields that change how nodes look, not what is visible. */
const LOOK_ONLY = new Set<keyof ViewState>(['selected', 'pinyin', 'lang']);

export class Explorer {
  data: TupuGraph = createTupuGraph();
  render!: RenderGraph;
  sigma!: Sigma;
  layout!: LayoutController;
  state: ViewState;
  t: Translate;
  private searchIndexCache: SearchIndex | null = null;
  visibility: Visibility = { nodes: null, edges: null };
  path: GraphPath | null = null;
  hovered: string | null = null;
  hoverSet: Set<string> | null = null;
  pathStart: string | null = null;
  message: Message | null = null;
  /** Share of a big file's edges in the data graph while they are being added, else null. */
  edgesLoaded: number | null = null;
  graphName = '';
  metrics: Metrics = { firstFrame: null, edgesFrame: null, buildMs: 0, phases: {} };
  private communities: Map<string, number> | null = null;
  /** Per-graph memo of things the UI asks for on every change (cleared when the graph changes). */
  private memo = new Map<string, unknown>();
  /** Edges not yet in the render graph (big graphs, just after the first frame). */
  private edgesPending = false;
  /** Big graph files: edges not yet in the data graph (parsed or downloading; added after the first frame). */
  private pendingDataEdges: PendingEdges = [];
  /** The edges being attached (one run per mount). */
  private attaching: Promise<void> | null = null;
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

  get searchIndex(): SearchIndex {
    this.searchIndexCache ??= timed(this.metrics, 'searchIndex', () => buildSearchIndex(this.data));
    return this.searchIndexCache;
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
    colorMode: this.state.colorMode,
    pinyin: this.state.pinyin,
  });

  /** Show a new data graph (initial load, file picker, drag and drop). */
  loadGraph(data: TupuGraph, name: string, pendingEdges: PendingEdges = []): void {
    this.pendingDataEdges = pendingEdges;
    this.data = data;
    this.graphName = name;
    this.communities = null;
    this.memo.clear();
    this.state = sanitizeViewState(this.state, (k) => data.hasNode(k));
    this.searchIndexCache = null; // built on first use or when idle after the first frame
    const saved = timed(this.metrics, 'loadLayout', () => loadLayout(this.store, data.nodes()));
    this.mount(saved ?? undefined, !saved);
  }

  /** Merge nodes and edges (Cypher results) into the data graph, keeping positions. */
  async mergeGraph(incoming: TupuGraph): Promise<{ nodes: number; edges: number }> {
    await this.attachEdges();
    let nodes = 0;
    let edges = 0;
    incoming.forEachNode((key, attrs) => {
      if (!this.data.hasNode(key)) nodes++;
      this.data.mergeNode(key, attrs);
    });
    incoming.forEachEdge((key, attrs, source, target) => {
      if (this.data.hasEdge(key)) this.data.mergeEdgeAttributes(key, attrs);
      else {
        this.data.addEdgeWithKey(key, source, target, attrs);
        edges++;
      }
    });
    if (nodes || edges) {
      this.searchIndexCache = null;
      this.communities = null;
      this.memo.clear();
      this.mount(this.currentPositions(), false);
    }
    return { nodes, edges };
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
    const pending = this.pendingDataEdges;
    this.edgesPending =
      this.data.size > PROGRESSIVE_EDGES || pending instanceof Promise || pending.length > 0;
    this.attaching = null;
    const withEdges = !this.edgesPending;
    this.render = timed(m, 'renderGraph', () =>
      toRenderGraph(this.data, { positions, sizes, withEdges }),
    );
    if (settle && this.render.order <= SETTLE_LIMIT) {
      timed(m, 'settle', () => settleLayout(this.render));
      timed(m, 'saveLayout', () => saveLayout(this.store, this.render));
    }
    if (this.state.colorMode === 'louvain')
      timed(m, 'louvain', () => applyCommunities(this.render, this.ensureCommunities()));
    timed(m, 'derive', () => this.derive());
    this.sigma = timed(m, 'sigma', () => createSigma(this.render, this.container, this.view));
    this.layout = timed(m, 'layoutWorker', () => createLayoutController(this.render));
    this.metrics.buildMs = performance.now() - started;
    this.metrics.firstFrame = null;
    this.metrics.edgesFrame = null;
    requestAnimationFrame(() => {
      this.metrics.firstFrame = performance.now();
      if (this.edgesPending) setTimeout(() => void this.attachEdges(), 0);
      else this.metrics.edgesFrame = this.metrics.firstFrame;
      setTimeout(() => void this.searchIndex, 0);
    });
    this.bindSigmaEvents();
    timed(m, 'ui', () => this.emit());
  }

  /**
   * Big graphs draw their nodes first; the edges follow (once downloaded). Resolves when every
   * edge is in the data and render graphs; what needs edges (layout, export, merge) awaits it.
   */
  attachEdges(): Promise<void> {
    this.attaching ??= this.edgesPending ? this.attachEdgesWhenArrived() : Promise.resolve();
    return this.attaching;
  }

  private async attachEdgesWhenArrived(): Promise<void> {
    const pending = this.pendingDataEdges;
    const current = () => this.pendingDataEdges === pending; // false once another graph is loaded
    let edges: SerializedTupuGraph['edges'] = [];
    try {
      edges = validateEdges(await pending);
    } catch (e) {
      this.reportBadEdges(e as Error);
    }
    if (!current() || (edges.length && !(await this.importDataEdges(edges, current)))) return;
    this.pendingDataEdges = [];
    this.drawEdges();
  }

  /** sigma is pointed at an empty graph meanwhile so it does not re-index per added edge. */
  private drawEdges(): void {
    this.edgesPending = false;
    const render = this.render;
    this.sigma.setGraph(new Graph() as unknown as RenderGraph);
    timed(this.metrics, 'edges', () => addRenderEdges(this.data, render));
    timed(this.metrics, 'sigmaEdges', () => this.sigma.setGraph(render));
    requestAnimationFrame(() => (this.metrics.edgesFrame = performance.now()));
    this.emit();
  }

  /**
   * The data graph's edges, deferred for big files: import in slices (the page answers, the
   * status shows progress), then what depends on them. False if another graph was loaded.
   */
  private async importDataEdges(
    edges: SerializedTupuGraph['edges'],
    current: () => boolean,
  ): Promise<boolean> {
    const t0 = performance.now();
    const done = await importEdgesInSlices(this.data, edges, (n) => {
      if (!current()) return false;
      this.edgesLoaded = n / edges.length;
      this.emit();
      return true;
    });
    this.metrics.phases.importEdges = performance.now() - t0;
    this.edgesLoaded = null;
    if (!done) return false;
    this.memo.clear();
    this.communities = null;
    this.searchIndexCache = null;
    timed(this.metrics, 'sizesAfterEdges', () =>
      applySizes(this.render, computeNodeSizes(this.data, this.state.sizeMode)),
    );
    if (this.state.colorMode === 'louvain') applyCommunities(this.render, this.ensureCommunities());
    this.derive();
    return true;
  }

  private reportBadEdges(e: Error): void {
    this.message = {
      kind: 'error',
      text: this.t('badFile', { name: this.graphName, reason: e.message }),
    };
  }

  private bindSigmaEvents(): void {
    this.sigma.on('clickNode', ({ node }) => this.select(node));
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
  }

  /** Number of Louvain communities, when computed. */
  communityCount(): number | null {
    return this.communities ? new Set(this.communities.values()).size : null;
  }

  private ensureCommunities(): Map<string, number> {
    this.communities ??= detectCommunities(this.data);
    return this.communities;
  }

  /** Recompute what is visible and the path; cheap when no filter is on. */
  private derive(): void {
    const p = filterPredicates(this.data, this.state);
    const [from, to] = this.state.path ?? [];
    this.path = from && to ? shortestPath(this.data, from, to, p.nodeOk, p.edgeOk) : null;
    this.pathNodes = new Set(this.path?.nodes ?? []);
    this.pathEdges = new Set(this.path?.hops.flat() ?? []);
    this.visibility = computeVisibility(this.data, this.state, this.path?.nodes);
  }

  /** Change the view state: derive, redraw, write the URL, notify the UI. */
  update(patch: Partial<ViewState>): void {
    const before = this.state;
    this.state = { ...this.state, ...patch };
    if (patch.lang && patch.lang !== before.lang) this.t = translator(patch.lang);
    const changed = (Object.keys(patch) as Array<keyof ViewState>).filter(
      (k) => patch[k] !== before[k],
    );
    if (changed.every((k) => LOOK_ONLY.has(k))) return this.redrawLook(before.selected);
    if (patch.sizeMode && patch.sizeMode !== before.sizeMode)
      applySizes(this.render, computeNodeSizes(this.data, patch.sizeMode));
    if (patch.colorMode === 'louvain' && before.colorMode !== 'louvain')
      applyCommunities(this.render, this.ensureCommunities());
    this.derive();
    this.sigma.refresh();
    this.emit();
  }

  /** Selection, pinyin, language: nothing to derive; re-reduce only the nodes whose look changed. */
  private redrawLook(previouslySelected: string | null): void {
    refreshNodes(this.sigma, this.render, [previouslySelected, this.state.selected]);
    this.emit();
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
    this.hoverSet = key ? new Set([key, ...this.data.neighbors(key)]) : null;
    refreshHover(this.sigma, this.render, before, { node: key, set: this.hoverSet });
  }

  setMessage(message: Message | null): void {
    this.message = message;
    this.emit();
  }

  async startLayout(): Promise<void> {
    await this.attachEdges();
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

  private remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** Articles, sorted by title, for the article filter. */
  articleOptions(): ArticleOption[] {
    return this.remember('articles', () => articleOptions(this.data));
  }

  /** Edge types the graph has. */
  edgeTypesPresent(): Set<string> {
    return this.remember('edgeTypes', () => edgeTypesPresent(this.data));
  }
}
