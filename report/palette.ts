/**
 * One palette for every drawing of the graph: the report's SVG and the web explorer
 * use these colours, so a type looks the same everywhere. Browser-safe (no node: imports).
 */
import type { EdgeType, NodeType } from '../graph/schema.ts';

export { EDGE_COLOR, NODE_COLORS, nodeColor } from '../graph/palette.ts';

/** Chinese display name per node type, for legends and headings. */
export const NODE_TYPE_NAMES: Record<NodeType, string> = {
  article: '文章',
  person: '人物',
  post: '职务',
  organization: '机构',
  district: '行政区',
  park: '园区',
  industry: '产业',
  program: '项目',
};

/** Chinese display name per edge type. */
export const EDGE_TYPE_NAMES: Record<EdgeType, string> = {
  HOLDS: '担任',
  POST_IN: '隶属',
  LOCATED_IN: '位于',
  FOCUSES_ON: '聚焦',
  RUNS: '实施',
  SPOKE_ABOUT: '谈及',
  MENTIONS: '提及',
  WROTE: '撰稿',
};

/** CSS font stack with CJK fonts named first (Noto CJK is the Debian fonts-noto-cjk package). */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
  '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
