/**
 * The report's view of the type table (graph/types.ts): the same colours and names as the
 * explorer, so a type looks and reads the same everywhere. Browser-safe.
 */
export { CJK_FONT_STACK, EDGE_COLOR, NODE_COLORS, nodeColor } from '../graph/palette.ts';
/** Chinese display names per node and edge type, for legends and headings. */
export {
  EDGE_TYPE_ZH as EDGE_TYPE_NAMES,
  NODE_TYPE_ZH as NODE_TYPE_NAMES,
} from '../graph/types.ts';
