/**
 * One palette for every drawing of the graph: the report's SVG and the web explorer
 * use these colours, so a type looks the same everywhere. Browser-safe (no node: imports).
 */
import type { EdgeType, NodeType } from '../graph/schema.ts';

/** Fill colour per node type (colour-blind friendly, Okabe-Ito based). */
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

export const EDGE_COLOR = '#b0b0b0';

/** CSS font stack with CJK fonts named first (Noto CJK is the Debian fonts-noto-cjk package). */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
  '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export function nodeColor(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? '#666666';
}
