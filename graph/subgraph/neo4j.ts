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
  const [{ fetchSubgraphResult }, { configFromEnv }, { limitsFromEnv, CLI_LIMITS }] =
    await Promise.all([
      import('../neo4j/subgraph.ts'),
      import('../neo4j/config.ts'),
      import('../neo4j/guard.ts'),
    ]);
  try {
    const limits = limitsFromEnv(process.env, CLI_LIMITS);
    const { graph, truncated, rows } = await fetchSubgraphResult(configFromEnv(), cypher, params, {
      limits,
    });
    if (truncated)
      console.error(`graph/subgraph: result truncated after ${rows} rows (TUPU_QUERY_MAX_ROWS)`);
    return graph;
  } catch (e) {
    throw new SelectionError(`Neo4j query failed: ${(e as Error).message}`);
  }
}
