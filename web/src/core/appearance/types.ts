import type Graph from 'graphology';
import type { EdgeType, NodeType } from '../../../../graph/schema.ts';

/** Attributes sigma draws; `nodeType` / `edgeType` carry the tupu type (sigma reserves `type`). */
export interface RenderNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  pinyin: string;
  nodeType: NodeType;
  color: string;
  typeColor: string;
  communityColor?: string;
  [extra: string]: unknown;
}

export interface RenderEdgeAttributes {
  edgeType: EdgeType;
  color: string;
  size: number;
  /** sigma edge program: 'arrow' on small graphs, 'thin' (GL lines) on big ones. */
  type: 'arrow' | 'line' | 'thin';
  [extra: string]: unknown;
}

export type RenderGraph = Graph<RenderNodeAttributes, RenderEdgeAttributes>;

export interface Position {
  x: number;
  y: number;
}

export interface RenderOptions {
  positions?: ReadonlyMap<string, Position>;
  sizes?: ReadonlyMap<string, number>;
  communities?: ReadonlyMap<string, number>;
  /** false: nodes only (edges added later with addRenderEdges). */
  withEdges?: boolean;
}
