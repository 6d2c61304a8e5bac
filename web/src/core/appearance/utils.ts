import { EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from '../../../../graph/types.ts';
import type { Position } from './types.ts';

/** Colours per type: the one type table (graph/types.ts), shared with reports and GEXF. */
export const TYPE_COLORS = NODE_TYPE_COLORS;
export const EDGE_COLORS = EDGE_TYPE_COLORS;

export const COMMUNITY_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#637939',
];

export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';
export const PATH_COLOR = '#c62828';

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}

/** Stable hash of a string into [0, 1). */
export function hashUnit(text: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/** Deterministic start position: a disc, by hash of the key. */
export function seededPosition(key: string): Position {
  const angle = hashUnit(key, 1) * Math.PI * 2;
  const radius = Math.sqrt(hashUnit(key, 2)) * 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Sizes from raw values: sqrt scale between min and max. */
export function scaleSizes(
  values: ReadonlyMap<string, number>,
  min: number,
  max: number,
): Map<string, number> {
  let top = 0;
  for (const v of values.values()) top = Math.max(top, v);
  const out = new Map<string, number>();
  for (const [k, v] of values) out.set(k, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return out;
}

export function sizeRange(order: number): [number, number] {
  return order > 5000 ? [1.5, 8] : order > 500 ? [2.5, 14] : [4, 20];
}
