/**
 * The report's view of the type table (graph/types.ts): the same colours and names as the
 * explorer, so a type looks and reads the same everywhere. Browser-safe.
 */
import {
  EDGE_TYPE_TABLE,
  EDGE_TYPES,
  NODE_TYPE_TABLE,
  NODE_TYPES,
  type EdgeType,
  type NodeType,
} from '../graph/types.ts';

export { EDGE_COLOR, NODE_COLORS, nodeColor } from '../graph/palette.ts';

/** Chinese display name per node type, for legends and headings. */
export const NODE_TYPE_NAMES = Object.fromEntries(
  NODE_TYPES.map((t) => [t, NODE_TYPE_TABLE[t].zh]),
) as Record<NodeType, string>;

/** Chinese display name per edge type. */
export const EDGE_TYPE_NAMES = Object.fromEntries(
  EDGE_TYPES.map((t) => [t, EDGE_TYPE_TABLE[t].zh]),
) as Record<EdgeType, string>;

/** CSS font stack with CJK fonts named first (Noto CJK is the Debian fonts-noto-cjk package). */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
  '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
