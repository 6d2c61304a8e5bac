/**
 * The tupu graph model: the contract in ../shared/SCHEMA.md as types.
 * Ingest writes it, Neo4j stores it, the explorer and reports read it.
 */

export const NODE_TYPES = [
  'article',
  'person',
  'post',
  'organization',
  'district',
  'park',
  'industry',
  'program',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  'HOLDS',
  'POST_IN',
  'LOCATED_IN',
  'FOCUSES_ON',
  'RUNS',
  'SPOKE_ABOUT',
  'MENTIONS',
  'WROTE',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Neo4j label per node type (PascalCase). */
export const NEO4J_LABELS: Record<NodeType, string> = {
  article: 'Article',
  person: 'Person',
  post: 'Post',
  organization: 'Organization',
  district: 'District',
  park: 'Park',
  industry: 'Industry',
  program: 'Program',
};

export interface Evidence {
  /** Article node key. */
  article: string;
  /** The sentence as printed. */
  sentence: string;
}

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases?: string[];
  pinyin?: string;
  articles?: string[];
  mentions?: number;
  // article
  title?: string;
  file?: string;
  date?: string;
  chars?: number;
  // post
  role?: string;
  organization?: string;
  // organization / program
  kind?: string;
  // district
  level?: string;
  parent?: string;
  // park
  district?: string;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
  /** MENTIONS */
  count?: number;
  /** WROTE: 记者, 摄影, 通讯员, 实习生…; MENTIONS of a person: the occupation (村民, 民警…). */
  role?: string;
  /** HOLDS */
  former?: boolean;
  asOf?: string;
  [extra: string]: unknown;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}
export interface SerializedTupuGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** `<type>:<canonical name>` (SCHEMA.md). */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${name}`;
}

/** Deterministic edge key, so re-ingesting and MERGE in Neo4j are idempotent. */
export function edgeKey(type: EdgeType, source: string, target: string, qualifier = ''): string {
  return qualifier ? `${type}:${source}->${target}#${qualifier}` : `${type}:${source}->${target}`;
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value);
}

export function isEdgeType(value: unknown): value is EdgeType {
  return typeof value === 'string' && (EDGE_TYPES as readonly string[]).includes(value);
}
