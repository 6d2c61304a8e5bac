/** `tupu load graph.json`: write a graph JSON into Neo4j (NEO4J_URI etc., default the local server). */
import type { Command } from 'commander';
import { readGraphFile } from '../graph/json/file.ts';
import type { TupuGraph } from '../graph/json/index.ts';
import { configFromEnv, describeTarget, type Neo4jConfig } from '../graph/neo4j/config.ts';
import {
  DEFAULT_BATCH_SIZE,
  loadGraph,
  type LoadProgress,
  type LoadResult,
} from '../graph/neo4j/loader.ts';
import { reportErrors } from './neo4j.ts';
import { progress, type Progress } from './progress.ts';

export interface LoadFlags {
  batchSize?: string | number;
  quiet?: boolean;
}

/**
 * Load a graph into the configured Neo4j with progress bars for nodes and edges, and print a
 * summary line. For `tupu load` and `tupu ingest --neo4j`. Throws (graph/neo4j: ...) on failure.
 */
export async function loadIntoNeo4j(
  graph: TupuGraph,
  flags: LoadFlags = {},
  config: Neo4jConfig = configFromEnv(),
): Promise<LoadResult> {
  const bars: Partial<Record<'nodes' | 'edges', Progress>> = {};
  const onProgress = ({ phase, done, total }: LoadProgress) => {
    if (phase === 'schema') return;
    if (phase === 'edges') bars.nodes?.stop();
    bars[phase] ??= progress(phase, flags.quiet);
    bars[phase]!.update(done, total);
  };
  try {
    const result = await loadGraph(graph, config, {
      batchSize: Number(flags.batchSize ?? DEFAULT_BATCH_SIZE),
      onProgress,
    });
    console.log(
      `loaded ${result.nodes} nodes and ${result.edges} edges into ${describeTarget(config)} ` +
        `in ${(result.ms / 1000).toFixed(1)}s (${result.batches} batches)`,
    );
    return result;
  } finally {
    bars.nodes?.stop();
    bars.edges?.stop();
  }
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description(
      'load a graph JSON into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; default the local server)',
    )
    .argument('<graph.json>', 'graph written by `tupu ingest`')
    .option('--batch-size <n>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
    .option('-q, --quiet', 'no progress bars')
    .action(
      reportErrors(async (path: string, flags: LoadFlags) => {
        const batch = Number(flags.batchSize);
        if (!Number.isInteger(batch) || batch < 1)
          throw new Error('tupu load: --batch-size must be a positive integer');
        await loadIntoNeo4j(await readGraphFile(path), flags);
      }),
    );
}
