/**
 * What the canvas does with the mouse: click selects, double click focuses, right click
 * opens the node menu, a background click clears (selection and lassoed nodes), hover highlights (and shows the tooltip),
 * drag moves and pins. Bound again each time the explorer mounts a new sigma.
 */
import type Sigma from 'sigma';
import type { RenderGraph } from '../core/appearance/index.ts';
import type { ViewState } from '../core/state.ts';
import { enableNodeDrag } from './drag.ts';

type At = { x: number; y: number };

/** The explorer as the canvas sees it. */
export interface CanvasHost {
  readonly sigma: Sigma;
  readonly render: RenderGraph;
  readonly state: ViewState;
  select(key: string | null): void;
  update(patch: Partial<ViewState>): void;
  hover(key: string | null): void;
  layoutMoved(): void;
}

/** Listeners of the UI parts that follow the pointer (tooltip, context menu). */
export class CanvasListeners {
  readonly hover = new Set<(key: string | null, at: At | null) => void>();
  readonly menu = new Set<(key: string, at: At) => void>();
}

export function bindCanvas(host: CanvasHost, listeners: CanvasListeners): void {
  const { sigma } = host;
  sigma.on('clickNode', ({ node }) => host.select(node));
  // Double click focuses (sigma would zoom in instead).
  sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    host.update({ selected: node, focus: node });
  });
  sigma.on('rightClickNode', ({ node, event }) => {
    event.original.preventDefault();
    for (const l of listeners.menu) l(node, { x: event.x, y: event.y });
  });
  sigma.on('clickStage', () => {
    if (host.state.selected || host.state.picked.length)
      host.update({ selected: null, picked: [] });
  });
  enableNodeDrag(sigma, host.render, () => host.layoutMoved());
  sigma.on('enterNode', ({ node, event }) => {
    host.hover(node);
    for (const l of listeners.hover) l(node, { x: event.x, y: event.y });
  });
  sigma.on('leaveNode', () => {
    host.hover(null);
    for (const l of listeners.hover) l(null, null);
  });
}
