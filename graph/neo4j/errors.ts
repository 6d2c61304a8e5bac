/**
 * The error every graph/neo4j function throws; apart from the driver so that code naming it (the
 * guard, the CLI) does not load the driver.
 */
export class Neo4jError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(`graph/neo4j: ${message}`);
    this.name = 'Neo4jError';
  }
}
