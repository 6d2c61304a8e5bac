/**
 * Adapter to graph/neo4j (owned by the Neo4j work): runs a Cypher query (READ mode) and
 * returns the nodes, relationships and paths it returns as a TupuGraph. Loaded lazily so
 * the JSON path never loads the driver. Connection from NEO4J_* (graph/neo4j/config.ts).
 */
import type { TupuGraph } from '../json/index.ts';
import { SelectionError } from './select.ts';

export async function fetchFromNeo4j(
  cypher: string,
  params: Record<string, unknown>,
): Promise<TupuGraph> {
  const [{ fetchSubgraph }, { configFromEnv }] = await Promise.all([
    import('../neo4j/subgraph.ts'),
    import('../neo4j/config.ts'),
  ]);
  try {
    return await fetchSubgraph(configFromEnv(), cypher, params);
  } catch (e) {
    throw new SelectionError(`Neo4j query failed: ${(e as Error).message}`);
  }
}
