/**
 * One table per node type and per edge type: every fact about a type (its names, colour,
 * Neo4j label, how ingest ranks overlapping mentions) lives here, and the explorer, the
 * reports, GEXF/GraphML, the UI dictionary and Neo4j read it. Adding a type is one entry;
 * the `Record<NodeType, …>` lookups elsewhere then fail to compile until they cover it.
 * Browser-safe (no node: imports).
 */

export interface NodeTypeInfo {
  /** Chinese name (legends, reports, the zh UI). */
  zh: string;
  /** English name (the en UI, report subtitles). */
  en: string;
  /** Fill colour: the Okabe–Ito colour-blind-safe set, grey for sources. */
  color: string;
  /** Neo4j label (PascalCase). */
  neo4j: string;
  /**
   * Which of two equally long overlapping mentions wins in ingest (higher wins):
   * a program's name contains a park's, a park's an organisation's, and so on.
   */
  mentionPriority: number;
}

export interface EdgeTypeInfo {
  zh: string;
  en: string;
  /** Line colour on screen and in drawings. */
  color: string;
  /**
   * The node types an edge may start from and end at (docs/schema.md); 'any' is every type but
   * the article. Ingest reads them: who may act on what (ingest/extract/relations.ts).
   */
  from: readonly NodeType[];
  to: readonly NodeType[] | 'any';
}

export const NODE_TYPE_TABLE = {
  article: { zh: '文章', en: 'Article', color: '#9e9e9e', neo4j: 'Article', mentionPriority: 0 },
  person: { zh: '人物', en: 'Person', color: '#d55e00', neo4j: 'Person', mentionPriority: 0 },
  post: { zh: '职务', en: 'Post', color: '#e69f00', neo4j: 'Post', mentionPriority: 0 },
  organization: {
    zh: '机构',
    en: 'Organisation',
    color: '#0072b2',
    neo4j: 'Organization',
    mentionPriority: 3,
  },
  district: {
    zh: '行政区',
    en: 'District',
    color: '#009e73',
    neo4j: 'District',
    mentionPriority: 2,
  },
  park: { zh: '园区', en: 'Park', color: '#56b4e9', neo4j: 'Park', mentionPriority: 4 },
  industry: { zh: '产业', en: 'Industry', color: '#cc79a7', neo4j: 'Industry', mentionPriority: 1 },
  program: { zh: '项目', en: 'Program', color: '#7b61c4', neo4j: 'Program', mentionPriority: 5 },
} as const satisfies Record<string, NodeTypeInfo>;

export const EDGE_TYPE_TABLE = {
  HOLDS: { zh: '担任', en: 'holds', color: '#e69f00', from: ['person'], to: ['post'] },
  POST_IN: { zh: '隶属', en: 'post in', color: '#0072b2', from: ['post'], to: ['organization'] },
  LOCATED_IN: {
    zh: '位于',
    en: 'located in',
    color: '#009e73',
    from: ['organization', 'park', 'district'],
    to: ['district'],
  },
  FOCUSES_ON: {
    zh: '聚焦',
    en: 'focuses on',
    color: '#cc79a7',
    from: ['park', 'district', 'organization'],
    to: ['industry'],
  },
  RUNS: {
    zh: '实施',
    en: 'runs',
    color: '#7b61c4',
    from: ['organization', 'district', 'park'],
    to: ['program'],
  },
  SPOKE_ABOUT: { zh: '谈及', en: 'spoke about', color: '#d55e00', from: ['person'], to: 'any' },
  MENTIONS: { zh: '提及', en: 'mentions', color: '#d0d0d0', from: ['article'], to: 'any' },
  WROTE: { zh: '撰稿', en: 'wrote', color: '#9e9e9e', from: ['person'], to: ['article'] },
} as const satisfies Record<string, EdgeTypeInfo>;

export type NodeType = keyof typeof NODE_TYPE_TABLE;
export type EdgeType = keyof typeof EDGE_TYPE_TABLE;

/** Node types in table order (legends, filters, docs list them in this order). */
export const NODE_TYPES = Object.keys(NODE_TYPE_TABLE) as NodeType[];
export const EDGE_TYPES = Object.keys(EDGE_TYPE_TABLE) as EdgeType[];

/** One column of the table per type, for code that wants a plain map (legends, palettes). */
function column<K extends string, V>(types: readonly K[], pick: (t: K) => V): Record<K, V> {
  return Object.fromEntries(types.map((t) => [t, pick(t)])) as Record<K, V>;
}

export const NODE_TYPE_COLORS = column(NODE_TYPES, (t) => NODE_TYPE_TABLE[t].color as string);
export const EDGE_TYPE_COLORS = column(EDGE_TYPES, (t) => EDGE_TYPE_TABLE[t].color as string);
export const NODE_TYPE_ZH = column(NODE_TYPES, (t) => NODE_TYPE_TABLE[t].zh as string);
export const EDGE_TYPE_ZH = column(EDGE_TYPES, (t) => EDGE_TYPE_TABLE[t].zh as string);

/** Colour for a type name read from a file (unknown types are dark grey, not an error). */
export function nodeTypeColor(type: string): string {
  return (NODE_TYPE_TABLE as Record<string, NodeTypeInfo>)[type]?.color ?? '#666666';
}

export function edgeTypeColor(type: string): string {
  return (EDGE_TYPE_TABLE as Record<string, EdgeTypeInfo>)[type]?.color ?? '#b0b0b0';
}

export type Lang = 'zh' | 'en';

export function nodeTypeName(type: string, lang: Lang = 'zh'): string {
  return (NODE_TYPE_TABLE as Record<string, NodeTypeInfo>)[type]?.[lang] ?? type;
}

export function edgeTypeName(type: string, lang: Lang = 'zh'): string {
  return (EDGE_TYPE_TABLE as Record<string, EdgeTypeInfo>)[type]?.[lang] ?? type;
}
