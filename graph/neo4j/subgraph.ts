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
import {
  assertReadOnly,
  limitsFromEnv,
  runLimited,
  terminateTagged,
  type QueryLimits,
} from './guard.ts';

const TYPE_BY_LABEL = new Map<string, NodeType>(NODE_TYPES.map((t) => [NEO4J_LABELS[t], t]));

export interface FetchOptions {
  /** Run the query in WRITE mode (default READ, and the query must plan as read-only). */
  write?: boolean;
  /** Timeout and row cap (default: DEFAULT_LIMITS, or TUPU_QUERY_TIMEOUT / TUPU_QUERY_MAX_ROWS). */
  limits?: QueryLimits;
  /** Stop at this many bytes of node and relationship properties (default 32 MB). */
  maxBytes?: number;
  /** Cancels the query (the explorer's server passes the request's). */
  signal?: AbortSignal;
}

export interface FetchResult {
  graph: TupuGraph;
  /** True when the row or byte cap stopped the result early. */
  truncated: boolean;
  rows: number;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export async function fetchSubgraph(
  target: Neo4jTarget,
  cypher: string,
  params: Record<string, unknown> = {},
  options: FetchOptions = {},
): Promise<TupuGraph> {
  return (await fetchSubgraphResult(target, cypher, params, options)).graph;
}

/** fetchSubgraph, saying whether the caps cut the result short. */
export async function fetchSubgraphResult(
  target: Neo4jTarget,
  cypher: string,
  params: Record<string, unknown> = {},
  options: FetchOptions = {},
): Promise<FetchResult> {
  const config = 'driver' in target ? target.config : target;
  const limits = options.limits ?? limitsFromEnv();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return await withConnection(target, async (conn) => {
      const found = { nodes: new Map<string, Node>(), rels: new Map<string, Relationship>() };
      const session = openSession(conn, options.write ? 'WRITE' : 'READ');
      let run;
      try {
        if (!options.write) await assertReadOnly(session, cypher, params);
        let bytes = 0;
        run = await runLimited(
          session,
          cypher,
          params,
          limits,
          (values) => {
            for (const value of values) bytes += collect(value, found);
            return bytes <= maxBytes;
          },
          { signal: options.signal, terminate: (tag) => terminate(conn, tag) },
        );
      } finally {
        await session.close();
      }
      await fetchMissingEnds(conn, found);
      const graph = buildGraph(found.nodes.values(), found.rels.values());
      return { graph, truncated: run.truncated, rows: run.rows };
    });
  } catch (e) {
    throw explain(e, config);
  }
}

async function terminate(conn: Neo4jConnection, tag: string): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    await terminateTagged(session, tag);
  } finally {
    await session.close();
  }
}

/** The whole database as a tupu graph. */
export async function fetchGraph(target: Neo4jTarget): Promise<TupuGraph> {
  // Our own query, not a user's: the whole database, however big, with the server's timeout.
  return fetchSubgraph(
    target,
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, collect(r) AS rels',
    {},
    { limits: { timeoutMs: 0, maxRows: Infinity }, maxBytes: Infinity },
  );
}

/** Gather nodes, relationships and paths from a value; returns the property bytes newly seen. */
function collect(
  value: unknown,
  found: { nodes: Map<string, Node>; rels: Map<string, Relationship> },
): number {
  let bytes = 0;
  const addNode = (n: Node) => {
    if (found.nodes.has(n.elementId)) return;
    found.nodes.set(n.elementId, n);
    bytes += sizeOf(n.properties);
  };
  const addRel = (r: Relationship) => {
    if (found.rels.has(r.elementId)) return;
    found.rels.set(r.elementId, r);
    bytes += sizeOf(r.properties);
  };
  const visit = (v: unknown): void => {
    if (isNode(v)) addNode(v);
    else if (isRelationship(v)) addRel(v);
    else if (isPath(v)) {
      addNode(v.start);
      for (const seg of v.segments) {
        addRel(seg.relationship);
        addNode(seg.end);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      Object.values(v).forEach(visit);
  };
  visit(value);
  return bytes;
}

/** Rough size of a property map: string lengths (UTF-16 units) plus 8 per other value. */
function sizeOf(props: Record<string, unknown>): number {
  let n = 64;
  for (const [k, v] of Object.entries(props)) {
    n += k.length;
    if (typeof v === 'string') n += v.length * 2;
    else if (Array.isArray(v)) for (const x of v) n += typeof x === 'string' ? x.length * 2 : 8;
    else n += 8;
  }
  return n;
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
