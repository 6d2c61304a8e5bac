/** sigma setup: reducers that draw the view (filters, hover, path, selection, colour mode) and labels. */
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  PATH_COLOR,
  type RenderEdgeAttributes,
  type RenderGraph,
  type RenderNodeAttributes,
} from '../core/appearance/index.ts';
import { isEdgeVisible, isNodeVisible, type Visibility } from '../core/filters/index.ts';
import type { ColorMode } from '../core/state.ts';

/** What the reducers read; owned by the explorer, read on every refresh. */
export interface RenderView {
  visibility: Visibility;
  hovered: string | null;
  hoverSet: Set<string> | null;
  /** Big graphs: hover only emphasises the neighbourhood (a partial refresh), nothing is dimmed. */
  hoverLite: boolean;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  selected: string | null;
  /** The selected node and its neighbours (labels forced, edges emphasised). */
  selectedSet: Set<string> | null;
  /** Nodes picked together by a lasso: highlighted, labelled. */
  picked: Set<string>;
  /** Articles drawn as full nodes with their MENTIONS/WROTE edges; off: small dots, no edges. */
  showArticles: boolean;
  colorMode: ColorMode;
  pinyin: boolean;
}

/** Most neighbours of the selected node whose labels are always drawn. */
export const FORCED_LABELS = 30;
/** Size of an article drawn as a source dot. */
const ARTICLE_DOT = 2.5;
/** Edges from articles (a source to what it names): hidden with the articles. */
const SOURCE_EDGES = new Set(['MENTIONS', 'WROTE']);

/** Graphs above this size drop edges and labels while the camera moves. */
export const BIG_GRAPH = 5000;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  pinyin?: string;
};

function drawLabel(view: () => RenderView) {
  return (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.fillStyle = '#222';
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    context.fillText(data.label, x, data.y + size / 3);
    if (view().pinyin && data.pinyin) {
      context.fillStyle = '#777';
      context.font = `${settings.labelWeight} ${Math.round(size * 0.8)}px ${settings.labelFont}`;
      context.fillText(data.pinyin, x, data.y + size / 3 + size);
    }
  };
}

// sigma hands reducers a shallow copy of the attributes, so they are changed in place
// (no allocation per node and edge: this matters at 50k nodes / 200k edges).

function nodeReducer(view: () => RenderView) {
  return (
    key: string,
    attrs: RenderNodeAttributes,
  ): Partial<NodeDisplayData> & Record<string, unknown> => {
    const v = view();
    const out = attrs as unknown as Partial<NodeDisplayData> & Record<string, unknown>;
    if (!isNodeVisible(v.visibility, key)) return Object.assign(out, { hidden: true });
    out.color =
      v.colorMode === 'louvain' ? (attrs.communityColor ?? attrs.typeColor) : attrs.typeColor;
    out.zIndex = 1;
    if (!v.showArticles && attrs.nodeType === 'article') {
      // Articles are sources, not subjects: a dot without a label unless asked for.
      Object.assign(out, { size: Math.min(attrs.size, ARTICLE_DOT), label: '', zIndex: 0 });
    }
    // Neighbours' labels are forced only for small neighbourhoods: forty forced labels around
    // one node overlap; above that sigma's label grid picks the ones that fit.
    if (v.selectedSet?.has(key))
      Object.assign(out, { forceLabel: v.selectedSet.size <= FORCED_LABELS, zIndex: 2 });
    if (v.picked.has(key))
      Object.assign(out, {
        highlighted: true,
        forceLabel: v.picked.size <= FORCED_LABELS,
        zIndex: 3,
      });
    if (!v.hoverSet && !v.pathNodes.size && key !== v.selected) return out;
    const inPath = v.pathNodes.has(key);
    if (v.pathNodes.size && !inPath)
      Object.assign(out, { color: DIM_NODE_COLOR, label: '', zIndex: 0 });
    if (inPath) Object.assign(out, { forceLabel: true, highlighted: true, zIndex: 2 });
    if (v.hoverSet && !v.hoverLite && !v.hoverSet.has(key))
      Object.assign(out, { color: DIM_NODE_COLOR, label: '', zIndex: 0 });
    if (v.hoverSet?.has(key)) Object.assign(out, { forceLabel: true, zIndex: 2 });
    if (key === v.selected) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
    return out;
  };
}

function edgeReducer(view: () => RenderView, render: RenderGraph) {
  return (
    key: string,
    attrs: RenderEdgeAttributes,
  ): Partial<RenderEdgeAttributes> & { hidden?: boolean; zIndex?: number } => {
    const v = view();
    const out = attrs as RenderEdgeAttributes & { hidden?: boolean; zIndex?: number };
    if (!isEdgeVisible(v.visibility, key)) return Object.assign(out, { hidden: true });
    // Ends are looked up only when something is selected or hovered (200k edges per refresh).
    const touches = (node: string | null) =>
      node !== null && (render.source(key) === node || render.target(key) === node);
    if (!v.showArticles && SOURCE_EDGES.has(attrs.edgeType) && !touches(v.selected))
      return Object.assign(out, { hidden: true });
    if (v.pathEdges.size) {
      return v.pathEdges.has(key)
        ? Object.assign(out, { color: PATH_COLOR, size: 3, zIndex: 2 })
        : Object.assign(out, { color: DIM_EDGE_COLOR, zIndex: 0 });
    }
    if (touches(v.selected)) Object.assign(out, { size: Math.max(2, attrs.size), zIndex: 2 });
    if (v.hovered) {
      if (!touches(v.hovered)) return v.hoverLite ? out : Object.assign(out, { hidden: true });
      return Object.assign(out, { size: Math.max(2, attrs.size), zIndex: 2 });
    }
    return out;
  };
}

export function sigmaSettings(render: RenderGraph, view: () => RenderView): Partial<Settings> {
  const big = render.order > BIG_GRAPH;
  return {
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: !big, // sorting 200k edges by z on every refresh costs more than it shows
    defaultEdgeType: 'line',
    // 'thin': one-pixel GL lines, far cheaper to fill than sigma's rectangles on big graphs
    edgeProgramClasses: { thin: EdgeLineProgram },
    ...(big ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    labelFont:
      '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: big ? 0.5 : 1,
    labelRenderedSizeThreshold: big ? 7 : 4,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: nodeReducer(view) as Settings['nodeReducer'],
    edgeReducer: edgeReducer(view, render) as unknown as Settings['edgeReducer'],
    defaultDrawNodeLabel: drawLabel(view) as unknown as Settings['defaultDrawNodeLabel'],
  };
}

export function createSigma(
  render: RenderGraph,
  container: HTMLElement,
  view: () => RenderView,
): Sigma {
  const sigma = new Sigma(
    render,
    container,
    sigmaSettings(render, view) as Partial<Settings<RenderNodeAttributes, RenderEdgeAttributes>>,
  ) as unknown as Sigma;
  followContainerSize(sigma, container);
  return sigma;
}

/**
 * sigma measures its container once and then only on window resizes. The page's panels and
 * status line mount after the first frame and shrink the container, so the picking buffer
 * (which node is under the mouse) was drawn for the old size and the first click on a fresh
 * page missed its node until a zoom or pan redrew it. Redraw whenever the container changes.
 */
function followContainerSize(sigma: Sigma, container: HTMLElement): void {
  if (typeof ResizeObserver === 'undefined') return;
  let size = `${container.offsetWidth}x${container.offsetHeight}`;
  const observer = new ResizeObserver(() => {
    const now = `${container.offsetWidth}x${container.offsetHeight}`;
    if (now === size) return;
    size = now;
    sigma.resize(true);
    sigma.refresh();
  });
  observer.observe(container);
  sigma.once('kill', () => observer.disconnect());
}

/** Animate the camera onto a node, zooming in if far out. */
export function centerOnNode(sigma: Sigma, key: string, duration = 400): void {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate(
    { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) },
    { duration },
  );
}

/**
 * Animate the camera so these nodes fill the view: their bounding box in sigma's framed
 * coordinates (the whole graph is 0..1, camera ratio 1), with a margin; a lone node is
 * shown at a readable zoom.
 */
export function fitCamera(sigma: Sigma, keys: readonly string[], duration = 400): void {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const key of keys) {
    const d = sigma.getNodeDisplayData(key);
    if (!d) continue;
    x0 = Math.min(x0, d.x);
    x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y);
    y1 = Math.max(y1, d.y);
  }
  if (x0 === Infinity) return;
  const { width, height } = sigma.getDimensions();
  // The framed square is fitted to the shorter side; the longer side shows more of it.
  const aspect = Math.max(width, height) / Math.max(1, Math.min(width, height));
  const spanX = (x1 - x0) * (width >= height ? 1 / aspect : 1);
  const spanY = (y1 - y0) * (height > width ? 1 / aspect : 1);
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(spanX, spanY) * 1.3));
  void sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration });
}

/**
 * Re-reduce only these nodes and the edges of `edgesOf` (selection, pinyin…); on big graphs
 * without re-indexing.
 */
export function refreshNodes(
  sigma: Sigma,
  render: RenderGraph,
  keys: Iterable<string | null>,
  edgesOf: Array<string | null> = [],
): void {
  const nodes = [...keys].filter((k): k is string => !!k && render.hasNode(k));
  const edges = edgesOf.flatMap((k) => (k && render.hasNode(k) ? render.edges(k) : []));
  if (nodes.length)
    sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: render.order > BIG_GRAPH });
  else sigma.scheduleRender();
}

interface Hovered {
  node: string | null;
  set: Set<string> | null;
}

/** Hover moved: a full refresh on small graphs; on big ones only what changes look. */
export function refreshHover(sigma: Sigma, render: RenderGraph, before: Hovered, now: Hovered) {
  if (render.order <= BIG_GRAPH) return void sigma.scheduleRefresh();
  const nodes = [...(before.set ?? []), ...(now.set ?? [])];
  const edges = [before.node, now.node].flatMap((n) =>
    n && render.hasNode(n) ? render.edges(n) : [],
  );
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
}
