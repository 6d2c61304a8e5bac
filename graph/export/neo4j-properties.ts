/**
 * tupu attributes as Neo4j properties for the Cypher script writer: the mapping the loader
 * uses (graph/neo4j/properties.ts), with whole numbers as plain literals and keys sorted so a
 * script is the same text for the same graph. tests/export/cypher-neo4j.test.ts checks that a
 * script and `tupu load` store the same thing.
 */
import {
  EDGE_RESERVED,
  evidenceColumns,
  NODE_RESERVED,
  splitProps,
  type Storable as StorableOf,
} from '../neo4j/properties.ts';

type Storable = StorableOf<number>;
const plain = (value: number): number => value;

export function nodeProperties(attributes: Record<string, unknown>): Record<string, Storable> {
  return sortKeys(splitProps(attributes, NODE_RESERVED, plain));
}

export function edgeProperties(attributes: Record<string, unknown>): Record<string, Storable> {
  const rest: Record<string, unknown> = { ...attributes };
  delete rest.type;
  const evidence = evidenceColumns(rest.evidence);
  if (evidence) delete rest.evidence;
  return sortKeys({ ...evidence, ...splitProps(rest, EDGE_RESERVED, plain) });
}

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
