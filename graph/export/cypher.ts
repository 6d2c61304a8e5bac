/**
 * A parameter-free Cypher script that recreates a subgraph in Neo4j (cypher-shell -f):
 * uniqueness constraints on `key` per label, then UNWIND batches of MERGE by key, one label
 * or relationship type per statement, as graph/neo4j loads. Every string is a single-quoted
 * Cypher literal with backslash, quote and control characters escaped.
 * Properties follow graph/neo4j's mapping (./neo4j-properties.ts).
 */
import type { TupuGraph } from '../json/index.ts';
import { NEO4J_LABELS, type NodeType } from '../schema.ts';
import { sortedEdges, sortedNodes } from './values.ts';
import { edgeProperties, nodeProperties } from './neo4j-properties.ts';

const BATCH = 200;

/** Cypher string literal: single quotes, with \\ \' \n \r \t \b \f and \uXXXX escapes. */
export function cypherString(text: string): string {
  const body = text.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      case '\f':
        return '\\f';
      default:
        return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    }
  });
  return `'${body}'`;
}

/** Identifier (label, type, map key): bare when simple, else backquoted with ` doubled. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name.replace(/`/g, '``') + '`';
}

export function cypherValue(value: unknown): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`graph/export: cannot write ${value} in Cypher`);
    return Number.isInteger(value) ? String(value) : String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`).join(', ')}}`;
  }
  throw new Error(`graph/export: cannot write ${String(value)} in Cypher`);
}

function labelOf(graph: TupuGraph, node: string): string {
  const type = graph.getNodeAttribute(node, 'type') as NodeType;
  return NEO4J_LABELS[type] ?? type;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = by(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function nodeStatements(graph: TupuGraph): string[] {
  const out: string[] = [];
  for (const [label, keys] of groupBy(sortedNodes(graph), (k) => labelOf(graph, k))) {
    for (const chunk of batches(keys)) {
      const rows = chunk.map((k) => ({
        key: k,
        props: nodeProperties(graph.getNodeAttributes(k)),
      }));
      out.push(
        `UNWIND ${cypherValue(rows)} AS row\nMERGE (n:${cypherName(label)} {key: row.key})\nSET n += row.props;`,
      );
    }
  }
  return out;
}

function edgeStatements(graph: TupuGraph): string[] {
  const out: string[] = [];
  const group = (e: string) =>
    [
      graph.getEdgeAttribute(e, 'type'),
      labelOf(graph, graph.source(e)),
      labelOf(graph, graph.target(e)),
    ].join('\u0000');
  for (const [name, edges] of groupBy(sortedEdges(graph), group)) {
    const [type, from, to] = name.split('\u0000') as [string, string, string];
    for (const chunk of batches(edges)) {
      const rows = chunk.map((e) => ({
        key: e,
        source: graph.source(e),
        target: graph.target(e),
        props: edgeProperties(graph.getEdgeAttributes(e)),
      }));
      out.push(
        `UNWIND ${cypherValue(rows)} AS row\n` +
          `MATCH (a:${cypherName(from)} {key: row.source})\nMATCH (b:${cypherName(to)} {key: row.target})\n` +
          `MERGE (a)-[r:${cypherName(type)} {key: row.key}]->(b)\nSET r += row.props;`,
      );
    }
  }
  return out;
}

export function writeCypher(graph: TupuGraph): string {
  const labels = [...new Set(graph.mapNodes((k) => labelOf(graph, k)))].sort();
  const header = [
    `// tupu subgraph: ${graph.order} nodes, ${graph.size} relationships.`,
    '// Recreate with: cypher-shell -f <this file> (idempotent: MERGE by key).',
  ];
  const constraints = labels.map(
    (l) => `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(l)}) REQUIRE n.key IS UNIQUE;`,
  );
  return (
    [header.join('\n'), ...constraints, ...nodeStatements(graph), ...edgeStatements(graph)].join(
      '\n\n',
    ) + '\n'
  );
}
