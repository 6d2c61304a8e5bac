/**
 * Drag a node to move it; where it is dropped it stays (pinned: `fixed`, which ForceAtlas2
 * respects) and the layout is saved. The sigma recipe: take the mouse from the camera while
 * a node is held, and freeze the bounding box so the rest of the graph does not rescale.
 */
import type Sigma from 'sigma';
import type { RenderGraph } from '../core/appearance/index.ts';

export function enableNodeDrag(
  sigma: Sigma,
  render: RenderGraph,
  dropped: (key: string) => void,
): void {
  let held: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node, event }) => {
    // Left button only: sigma reports a right button's mousedown but never its mouseup,
    // so a node held on right-click followed the pointer to the menu.
    if ((event.original as MouseEvent).button !== 0) return;
    held = node;
    moved = false;
  });
  const captor = sigma.getMouseCaptor();
  captor.on('mousemovebody', (e) => {
    if (!held) return;
    // Frozen only once a drag starts: a plain click must not move the view.
    if (!moved && !sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    const at = sigma.viewportToGraph(e);
    render.mergeNodeAttributes(held, { x: at.x, y: at.y });
    moved = true;
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  captor.on('mouseup', () => {
    if (held && moved) {
      render.setNodeAttribute(held, 'fixed', true);
      dropped(held);
    }
    held = null;
  });
}
