/** graph/neo4j: the tupu graph in a real Neo4j. What other modules import. */
export {
  configFromEnv,
  describeTarget,
  localServerOptions,
  type Neo4jConfig,
  type LocalServerOptions,
} from './config.ts';
export {
  connect,
  withConnection,
  explain,
  Neo4jError,
  type Neo4jConnection,
  type Neo4jTarget,
} from './driver.ts';
export {
  loadGraph,
  ensureSchema,
  type LoadOptions,
  type LoadProgress,
  type LoadResult,
} from './loader.ts';
export { DEFAULT_BATCH_SIZE } from './config.ts';
export { fetchSubgraph, fetchGraph, buildGraph } from './subgraph.ts';
export { runQuery, type QueryResult, type QueryOptions } from './query.ts';
