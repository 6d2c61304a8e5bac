/**
 * Neo4j -> tupu graph: the nodes, relationships and paths a Cypher query returns (anywhere
 * in its records, lists and maps included) become a graphology graph. Relationships whose
 * end nodes the query did not return get them fetched. Nodes without a tupu label, and
 * relationships of types outside the schema, are left out.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { createTupuGraph, type TupuGraph } from '../json/index.ts';
import {
  edgeKey,
  isEdgeType,
  NEO4J_LABELS,
  NODE_TYPES,
  nodeKey,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeType,
} from '../schema.ts';
import {
  explain,
  openSession,
  withConnection,
  type Neo4jConnection,
  type Neo4jTarget,
} from './driver.ts';
import { edgeAttributes, nodeAttributes } from './props.ts';

const TYPE_BY_LABEL = new Map<string, NodeType>(NODE_TYPES.map((t) => [NEO4J_LABELS[t], t]));

export interface FetchOptions {
  /** Run the query in WRITE mode (default READ). */
  write?: boolean;
}

export async function fetchSubgraph(
  target: Neo4jTarget,
  cypher: string,
  params: Record<string, unknown> = {},
  options: FetchOptions = {},
): Promise<TupuGraph> {
  const config = 'driver' in target ? target.config : target;
  try {
    return await withConnection(target, async (conn) => {
      const found = { nodes: new Map<string, Node>(), rels: new Map<string, Relationship>() };
      const session = openSession(conn, options.write ? 'WRITE' : 'READ');
      try {
        const result = await session.run(cypher, params);
        for (const record of result.records)
          for (const value of record.values()) collect(value, found);
      } finally {
        await session.close();
      }
      await fetchMissingEnds(conn, found);
      return buildGraph(found.nodes.values(), found.rels.values());
    });
  } catch (e) {
    throw explain(e, config);
  }
}

/** The whole database as a tupu graph. */
export async function fetchGraph(target: Neo4jTarget): Promise<TupuGraph> {
  return fetchSubgraph(target, 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, collect(r) AS rels');
}

function collect(
  value: unknown,
  found: { nodes: Map<string, Node>; rels: Map<string, Relationship> },
): void {
  if (isNode(value)) found.nodes.set(value.elementId, value);
  else if (isRelationship(value)) found.rels.set(value.elementId, value);
  else if (isPath(value)) {
    found.nodes.set(value.start.elementId, value.start);
    for (const seg of value.segments) {
      found.rels.set(seg.relationship.elementId, seg.relationship);
      found.nodes.set(seg.end.elementId, seg.end);
    }
  } else if (Array.isArray(value)) value.forEach((v) => collect(v, found));
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    Object.values(value).forEach((v) => collect(v, found));
}

async function fetchMissingEnds(
  conn: Neo4jConnection,
  found: { nodes: Map<string, Node>; rels: Map<string, Relationship> },
): Promise<void> {
  const missing = new Set<string>();
  for (const r of found.rels.values())
    for (const id of [r.startNodeElementId, r.endNodeElementId])
      if (!found.nodes.has(id)) missing.add(id);
  if (missing.size === 0) return;
  const session = openSession(conn, 'READ');
  try {
    const result = await session.executeRead((tx) =>
      tx.run<{ n: Node }>('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...missing] }),
    );
    for (const record of result.records)
      found.nodes.set(record.get('n').elementId, record.get('n'));
  } finally {
    await session.close();
  }
}

export function buildGraph(nodes: Iterable<Node>, rels: Iterable<Relationship>): TupuGraph {
  const graph = createTupuGraph();
  const keyOf = new Map<string, string>();
  for (const n of nodes) {
    const type = nodeType(n);
    if (!type) continue;
    const attrs = { ...nodeAttributes(n.properties), type } as NodeAttributes;
    const key =
      typeof n.properties.key === 'string'
        ? n.properties.key
        : nodeKey(type, String(attrs.label ?? n.elementId));
    keyOf.set(n.elementId, key);
    graph.mergeNode(key, attrs);
  }
  for (const r of rels) {
    const source = keyOf.get(r.startNodeElementId);
    const target = keyOf.get(r.endNodeElementId);
    if (!source || !target || source === target || !isEdgeType(r.type)) continue;
    const key =
      typeof r.properties.key === 'string' ? r.properties.key : edgeKey(r.type, source, target);
    if (!graph.hasEdge(key))
      graph.addEdgeWithKey(
        key,
        source,
        target,
        edgeAttributes(r.type, r.properties) as EdgeAttributes,
      );
  }
  return graph;
}

function nodeType(n: Node): NodeType | undefined {
  const declared = n.properties.type;
  if (
    typeof declared === 'string' &&
    (NODE_TYPES as readonly string[]).includes(declared) &&
    n.labels.includes(NEO4J_LABELS[declared as NodeType])
  )
    return declared as NodeType;
  for (const label of n.labels) {
    const type = TYPE_BY_LABEL.get(label);
    if (type) return type;
  }
  return undefined;
}
