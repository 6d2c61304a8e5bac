/**
 * Shift+drag on the canvas draws a lasso (a free shape; drag straight for a box) and picks
 * the visible nodes inside it; Ctrl/⌘ held as well adds them to the picked set. Written
 * here: no sigma v3 package does lasso selection (the @sigma/* packages draw and export),
 * and the geometry is the point-in-polygon package (core/selection/lasso.ts).
 *
 * The mousedown is taken in the capture phase, before sigma's mouse captor on the same
 * container sees it, so the camera does not pan while the lasso is drawn.
 */
import type Sigma from 'sigma';
import type { RenderGraph } from '../core/appearance/index.ts';
import {
  mergePicked,
  MIN_LASSO_TRAVEL,
  nodesInLasso,
  travel,
  type Point,
} from '../core/selection/lasso.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The visible nodes (what the reducers left shown) with their viewport points. */
function* shownNodes(sigma: Sigma, render: RenderGraph, withArticles: boolean) {
  for (const key of render.nodes()) {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) continue;
    if (!withArticles && render.getNodeAttribute(key, 'nodeType') === 'article') continue;
    yield [key, sigma.framedGraphToViewport(d)] as const;
  }
}

export interface LassoHost {
  readonly sigma: Sigma;
  readonly render: RenderGraph;
  readonly state: { showArticles: boolean; picked: string[] };
  update(patch: { picked: string[] }): void;
}

/** Bind once per container; `host` is read at each drag, so a re-mounted sigma is used. */
export function enableLasso(container: HTMLElement, host: LassoHost): void {
  const overlay = document.createElementNS(SVG, 'svg');
  overlay.classList.add('lasso');
  overlay.setAttribute('data-testid', 'lasso');
  const shape = document.createElementNS(SVG, 'polygon');
  overlay.append(shape);
  let path: Point[] | null = null;
  let add = false;
  const local = (e: MouseEvent): Point => {
    const box = container.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const draw = () =>
    shape.setAttribute('points', (path ?? []).map((p) => `${p.x},${p.y}`).join(' '));
  container.addEventListener(
    'mousedown',
    (e) => {
      if (!e.shiftKey || e.button !== 0) return;
      e.stopPropagation(); // sigma's captor must not start a camera drag
      e.preventDefault();
      path = [local(e)];
      add = e.ctrlKey || e.metaKey;
      draw();
      container.append(overlay);
    },
    { capture: true },
  );
  document.addEventListener('mousemove', (e) => {
    if (!path) return;
    path.push(local(e));
    draw();
  });
  document.addEventListener('mouseup', () => {
    if (!path) return;
    const drawn = path;
    path = null;
    overlay.remove();
    if (travel(drawn) < MIN_LASSO_TRAVEL) return;
    const { sigma, render, state } = host;
    const lassoed = nodesInLasso(drawn, shownNodes(sigma, render, state.showArticles));
    host.update({ picked: mergePicked(state.picked, lassoed, add) });
  });
  // sigma would treat the shift+click that ends a lasso as a click on the stage.
  container.addEventListener('click', (e) => e.shiftKey && e.stopPropagation(), { capture: true });
}
