/**
 * Fill colour per node type for every drawing (GEXF's viz colours, the report's SVG, the
 * explorer): a view of the one type table, graph/types.ts. Here in graph/ so the writers in
 * graph/export need nothing above graph/.
 */
import { NODE_TYPE_COLORS, nodeTypeColor } from './types.ts';

export const NODE_COLORS = NODE_TYPE_COLORS;

export const EDGE_COLOR = '#b0b0b0';

export const nodeColor = nodeTypeColor;

/** CSS font stack with CJK fonts named first (Noto CJK is the Debian fonts-noto-cjk package). */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
  '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
