/**
 * Which nodes a lasso drawn on the canvas encloses. The lasso is the pointer's path in
 * viewport pixels, closed from its last point back to its first; a rectangle is a lasso of
 * four corners. The point test is the `point-in-polygon` package (ray casting).
 */
import inside from 'point-in-polygon';

export interface Point {
  x: number;
  y: number;
}

/** Fewer pixels of travel than this is a click, not a lasso. */
export const MIN_LASSO_TRAVEL = 6;

/** How far the pointer travelled along the path (to tell a drag from a shaky click). */
export function travel(path: readonly Point[]): number {
  let d = 0;
  for (let i = 1; i < path.length; i++)
    d += Math.hypot(path[i]!.x - path[i - 1]!.x, path[i]!.y - path[i - 1]!.y);
  return d;
}

/** The keys whose viewport point lies inside the closed path, in the order given. */
export function nodesInLasso(
  path: readonly Point[],
  nodes: Iterable<readonly [string, Point]>,
): string[] {
  if (path.length < 3) return [];
  const polygon = path.map((p) => [p.x, p.y]);
  // Bounding box first: most nodes of a big graph are far outside it.
  const xs = path.map((p) => p.x);
  const ys = path.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out: string[] = [];
  for (const [key, p] of nodes) {
    if (p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1) continue;
    if (inside([p.x, p.y], polygon)) out.push(key);
  }
  return out;
}

/** A new lasso replaces the picked set; with `add` (Ctrl/⌘ held) it joins it. */
export function mergePicked(before: readonly string[], lassoed: readonly string[], add: boolean) {
  return add ? [...new Set([...before, ...lassoed])] : [...lassoed];
}
