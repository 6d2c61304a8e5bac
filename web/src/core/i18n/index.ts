/**
 * UI strings in Chinese and English. The keys are typed: a string missing in English, or a
 * `t('…')` of a key that does not exist, is a compile error. Node and edge type names come
 * from the type table (graph/types.ts), not from here.
 */
import {
  EDGE_TYPE_TABLE,
  EDGE_TYPES,
  NODE_TYPE_TABLE,
  NODE_TYPES,
} from '../../../../graph/types.ts';
import type { Lang, TypeNameKey } from './types.ts';
import { interpolate } from './utils.ts';

export type { Lang } from './types.ts';

const zh = {
  title: '图谱 · 浏览器',
  search: '搜索人名、机构、拼音或首字母（/）',
  noResults: '没有匹配',
  legend: '图例',
  layoutStart: '开始布局',
  layoutStop: '停止布局',
  colorType: '按类型着色',
  colorLouvain: '按社区着色 (Louvain)',
  sizeDegree: '大小：度数',
  sizePagerank: '大小：PageRank',
  pinyin: '显示拼音',
  lang: 'English',
  export: '导出',
  exportVisible: '导出可见部分',
  exportSelection: '导出所选',
  exportJson: 'graphology JSON',
  exportGexf: 'GEXF',
  exportPng: 'PNG 图片',
  exportSvg: 'SVG 图片',
  exportReport: '报告 (HTML)',
  reportUnavailable: '报告：尚不可用（report/ 未提供 renderReportHtml）',
  loadFile: '打开图谱文件…',
  dropHere: '拖放图谱 JSON 文件到此处',
  badFile: '无法打开 {name}：{reason}',
  loaded: '已载入 {name}：{nodes} 个节点，{edges} 条边',
  type: '类型',
  aliases: '别名',
  articles: '文章',
  relations: '关系',
  evidence: '证据',
  noEvidence: '（无证据句）',
  focus: '聚焦',
  unfocus: '取消聚焦',
  depth: '深度',
  expand: '展开邻居',
  collapse: '收起邻居',
  pathFrom: '设为路径起点',
  pathTo: '路径终点',
  path: '最短路径',
  noPath: '在当前筛选下 {a} 与 {b} 之间没有路径',
  clearPath: '清除路径',
  pathHops: '{n} 步',
  pathN: '路径 {n}',
  pathViaArticles: '允许经过文章',
  skipHubs: '绕开枢纽节点（市、代表等）',
  mentionOnly: '只提到一方的句子（{n}）',
  bestEvidence: '最佳证据',
  holders: '任职者（按报道时间）',
  showArticles: '显示文章',
  titleDepth: '{n} 层',
  titleWhole: '全图',
  titleWithout: '不含',
  titleArticles: '{n} 篇文章',
  tooltipDegree: '{n} 条关系',
  currentHolder: '截至最新报道（{date}）：{names}',
  former: '（原任）',
  close: '关闭',
  louvainLegend: '颜色 = {n} 个 Louvain 社区（最大的几个如下）；类型见下方（点击隐藏/显示）',
  filters: '筛选',
  nodeTypes: '节点类型',
  edgeTypes: '关系类型',
  articleFilter: '按文章筛选',
  allArticles: '全部文章',
  cypher: 'Cypher 查询（只读）',
  cypherRun: '运行',
  cypherNoServer:
    '未连接 Neo4j。请运行 `tupu serve --neo4j`（或设置 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD）后重新打开此页面。',
  cypherMerged: '已合并 {nodes} 个节点、{edges} 条关系',
  cypherError: 'Neo4j 错误：{message}',
  visibleCount: '显示 {nodes} / {total} 个节点',
  edgesLoading: '正在载入关系 {percent}%',
  edgesDrawing: '正在绘制关系…',
  selectHint: '点击节点查看详情；悬停高亮邻居。',
  openArticle: '打开文章',
  mentionedIn: '出现在',
  role: '职务',
  organization: '机构',
  date: '日期',
  layoutSaved: '布局已保存',
  help: '键盘：/ 搜索，↑↓ 选择，Enter 打开，Esc 关闭',
} as const;

/** Keys of the hand-written strings (the Chinese dictionary is the reference). */
export type UiKey = keyof typeof zh;
export type MessageKey = UiKey | TypeNameKey;

const en: Record<UiKey, string> = {
  title: 'tupu explorer',
  search: 'Search names, organisations, pinyin or initials (/)',
  noResults: 'No match',
  legend: 'Legend',
  layoutStart: 'Start layout',
  layoutStop: 'Stop layout',
  colorType: 'Colour by type',
  colorLouvain: 'Colour by community (Louvain)',
  sizeDegree: 'Size: degree',
  sizePagerank: 'Size: PageRank',
  pinyin: 'Show pinyin',
  lang: '中文',
  export: 'Export',
  exportVisible: 'Export visible',
  exportSelection: 'Export selection',
  exportJson: 'graphology JSON',
  exportGexf: 'GEXF',
  exportPng: 'PNG image',
  exportSvg: 'SVG image',
  exportReport: 'Report (HTML)',
  reportUnavailable: 'Report: not available yet (report/ has no renderReportHtml)',
  loadFile: 'Open graph file…',
  dropHere: 'Drop a graph JSON file here',
  badFile: 'Cannot open {name}: {reason}',
  loaded: 'Loaded {name}: {nodes} nodes, {edges} edges',
  type: 'Type',
  aliases: 'Aliases',
  articles: 'Articles',
  relations: 'Relations',
  evidence: 'Evidence',
  noEvidence: '(no evidence sentence)',
  focus: 'Focus',
  unfocus: 'Unfocus',
  depth: 'Depth',
  expand: 'Expand neighbours',
  collapse: 'Collapse neighbours',
  pathFrom: 'Path from here',
  pathTo: 'Path to here',
  path: 'Shortest path',
  noPath: 'No path between {a} and {b} with the current filters',
  clearPath: 'Clear path',
  pathN: 'Path {n}',
  pathViaArticles: 'Allow paths through articles',
  skipHubs: 'Avoid hubs (city, congress…)',
  mentionOnly: 'Sentences mentioning only one end ({n})',
  bestEvidence: 'Best evidence',
  holders: 'Holders (by article date)',
  showArticles: 'Show articles',
  titleDepth: 'depth {n}',
  titleWhole: 'whole graph',
  titleWithout: 'without',
  titleArticles: '{n} articles',
  tooltipDegree: '{n} relations',
  currentHolder: 'As of the latest article ({date}): {names}',
  former: '(former)',
  pathHops: '{n} hops',
  close: 'Close',
  louvainLegend: 'Colours = {n} Louvain communities; types below (click to hide/show)',
  filters: 'Filters',
  nodeTypes: 'Node types',
  edgeTypes: 'Edge types',
  articleFilter: 'Filter by article',
  allArticles: 'All articles',
  cypher: 'Cypher query (read-only)',
  cypherRun: 'Run',
  cypherNoServer:
    'No Neo4j connected. Run `tupu serve --neo4j` (or set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) and reopen this page.',
  cypherMerged: 'Merged {nodes} nodes, {edges} relationships',
  cypherError: 'Neo4j error: {message}',
  visibleCount: 'Showing {nodes} / {total} nodes',
  edgesLoading: 'Loading edges {percent}%',
  edgesDrawing: 'Drawing edges…',
  selectHint: 'Click a node for details; hover highlights neighbours.',
  openArticle: 'Open article',
  mentionedIn: 'Mentioned in',
  role: 'Role',
  organization: 'Organisation',
  date: 'Date',
  layoutSaved: 'Layout saved',
  help: 'Keys: / search, ↑↓ choose, Enter open, Esc close',
};

function typeNames(lang: Lang): Record<TypeNameKey, string> {
  const out: Record<string, string> = {};
  for (const t of NODE_TYPES) out[`type.${t}`] = NODE_TYPE_TABLE[t][lang];
  for (const t of EDGE_TYPES) out[`edge.${t}`] = EDGE_TYPE_TABLE[t][lang];
  return out as Record<TypeNameKey, string>;
}

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = {
  zh: { ...zh, ...typeNames('zh') },
  en: { ...en, ...typeNames('en') },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, params) => interpolate(dict[key], params);
}
