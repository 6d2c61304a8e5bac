/**
 * Fill colour per node type: the one palette of every drawing (GEXF's viz colours, the report's
 * SVG, the explorer). Here in graph/ so the writers in graph/export need nothing above graph/.
 */
import type { NodeType } from './schema.ts';

/** Colour-blind friendly, Okabe-Ito based. */
export const NODE_COLORS: Record<NodeType, string> = {
  article: '#9e9e9e',
  person: '#d55e00',
  post: '#e69f00',
  organization: '#0072b2',
  district: '#009e73',
  park: '#56b4e9',
  industry: '#cc79a7',
  program: '#7b61c4',
};

export const EDGE_COLOR = '#b0b0b0';

export function nodeColor(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? '#666666';
}
