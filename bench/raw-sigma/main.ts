/**
 * The bench:web baseline: the same graph file drawn by sigma.js with nothing around it —
 * fetch, parse, one graphology graph, one Sigma — and the explorer's drawing choices for big
 * graphs (node sizes by degree, GL points above 5,000 nodes, 1-px GL lines above 20,000
 * edges, edges and labels hidden while the camera moves), so that the comparison measures
 * what the explorer adds.
 * `?w=&h=` sizes the canvas as the explorer's (its panels take the rest of the window), so both
 * rasterise as many pixels. `window.__raw = { sigma, firstFrame }` once the first frame is drawn.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { scaleSizes, sizeRange } from '../../web/src/core/appearance/utils.ts';

interface SerializedNode {
  key: string;
  attributes?: { x?: number; y?: number; label?: string };
}
interface SerializedEdge {
  key?: string;
  source: string;
  target: string;
}

declare global {
  interface Window {
    __raw?: { sigma: Sigma; firstFrame: number };
  }
}

async function start(): Promise<void> {
  const json = (await (await fetch('./graph.json')).json()) as {
    nodes: SerializedNode[];
    edges: SerializedEdge[];
  };
  const container = document.getElementById('graph')!;
  const params = new URLSearchParams(location.search);
  for (const [param, side] of [
    ['w', 'width'],
    ['h', 'height'],
  ] as const)
    if (params.get(param)) container.style[side] = `${Number(params.get(param))}px`;
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const bigNodes = json.nodes.length > 5000;
  const bigEdges = json.edges.length > 20_000;
  json.nodes.forEach((n, i) => {
    const a = n.attributes ?? {};
    graph.addNode(n.key, {
      x: a.x ?? Math.cos(i),
      y: a.y ?? Math.sin(i),
      size: bigNodes ? 2 : 5,
      label: a.label ?? n.key,
      color: '#4e79a7',
    });
  });
  for (const e of json.edges) {
    const attrs = { size: bigEdges ? 0.5 : 1, color: '#ccc' };
    if (e.key) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdge(e.source, e.target, attrs);
  }
  // The explorer's sizes by degree: the area the rasteriser fills while panning is the same.
  const [min, max] = sizeRange(graph.order);
  const sizes = scaleSizes(new Map(graph.mapNodes((k) => [k, graph.degree(k)])), min, max);
  graph.updateEachNodeAttributes((k, a) => ({ ...a, size: sizes.get(k)! }), {
    attributes: ['size'],
  });
  const sigma = new Sigma(graph, container, {
    hideEdgesOnMove: bigNodes,
    hideLabelsOnMove: bigNodes,
    zIndex: false,
    defaultEdgeType: bigEdges ? 'thin' : 'arrow',
    edgeProgramClasses: { thin: EdgeLineProgram },
    ...(bigNodes ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    labelFont: '"Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
    labelDensity: bigNodes ? 0.5 : 1,
    labelRenderedSizeThreshold: bigNodes ? 7 : 4,
  });
  requestAnimationFrame(() => (window.__raw = { sigma, firstFrame: performance.now() }));
}

void start();
