/**
 * The tupu graph model: the contract in docs/schema.md as types; the per-type facts
 * (names, colours, Neo4j labels) are the table in ./types.ts.
 * Ingest writes it, Neo4j stores it, the explorer and reports read it.
 */

import { NODE_TYPE_TABLE, NODE_TYPES, EDGE_TYPES, type NodeType, type EdgeType } from './types.ts';

// The types themselves, their names, colours and labels: one table in ./types.ts.
export { NODE_TYPES, EDGE_TYPES, type NodeType, type EdgeType } from './types.ts';

/** Neo4j label per node type (PascalCase), read from the type table. */
export const NEO4J_LABELS = Object.fromEntries(
  NODE_TYPES.map((t) => [t, NODE_TYPE_TABLE[t].neo4j]),
) as Record<NodeType, string>;

export interface Evidence {
  /** Article node key. */
  article: string;
  /** The sentence as printed. */
  sentence: string;
  /**
   * Where the sentence starts in the article's `text` (UTF-16 code units), so a reader finds
   * this very sentence, not another one with the same beginning. Absent in older graphs.
   */
  offset?: number;
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
  /** The story's original address (http/https only), its outlet, a web page's byline. */
  url?: string;
  outlet?: string;
  byline?: string;
  // post
  role?: string;
  organization?: string;
  // organization / program
  kind?: string;
  // resolution (docs/schema.md "One node per real thing")
  /** Other names this node was printed as, each with the rule that merged it ("市委: home area…"). */
  mergedFrom?: string[];
  /** person: keys of other people printed with the same name (王刚 and 王刚#2). */
  namesakeOf?: string[];
  /** person: the posts and organisations that joined its articles into one person. */
  joinedBy?: string[];
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

/** `<type>:<canonical name>` (docs/schema.md). */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${name}`;
}

/** Deterministic edge key, so re-ingesting and MERGE in Neo4j are idempotent. */
export function edgeKey(type: EdgeType, source: string, target: string, qualifier = ''): string {
  return qualifier ? `${type}:${source}->${target}#${qualifier}` : `${type}:${source}->${target}`;
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && Object.hasOwn(NODE_TYPE_TABLE, value);
}

export function isEdgeType(value: unknown): value is EdgeType {
  return typeof value === 'string' && (EDGE_TYPES as readonly string[]).includes(value);
}
