/** `tupu load graph.json`: write a graph JSON into Neo4j (NEO4J_URI etc., default the local server). */
import type { Command } from 'commander';
import { readGraphFile } from '../graph/json/file.ts';
import type { TupuGraph } from '../graph/json/index.ts';
import {
  configFromEnv,
  DEFAULT_BATCH_SIZE,
  describeTarget,
  localServerOptions,
  type Neo4jConfig,
} from '../graph/neo4j/config.ts';
import type { LoadMode, LoadProgress, LoadResult } from '../graph/neo4j/loader.ts';
import { reportErrors } from './neo4j.ts';
import { progress, type Progress } from './progress.ts';

export interface LoadFlags {
  batchSize?: string | number;
  mode?: string;
  quiet?: boolean;
}

const MODES: LoadMode[] = ['auto', 'bulk', 'merge'];

/** Phases shown as bars; the others (csv, swap, restart) as one line each. */
const BARS = { nodes: 'nodes', edges: 'edges', import: 'bulk import %' } as const;

/**
 * Load a graph into the configured Neo4j with progress bars for nodes and edges, and print a
 * summary line. For `tupu load` and `tupu ingest --neo4j`. Throws (graph/neo4j: ...) on failure.
 */
export async function loadIntoNeo4j(
  graph: TupuGraph,
  flags: LoadFlags = {},
  config: Neo4jConfig = configFromEnv(),
): Promise<LoadResult> {
  const bars: Partial<Record<keyof typeof BARS, Progress>> = {};
  const stopAll = () => Object.values(bars).forEach((b) => b.stop());
  let said = '';
  const onProgress = ({ phase, done, total }: LoadProgress) => {
    if (!(phase in BARS)) {
      if (phase !== said && !flags.quiet && phase !== 'schema') console.error(STEP[phase]);
      said = phase;
      return;
    }
    const bar = phase as keyof typeof BARS;
    if (!bars[bar]) stopAll();
    bars[bar] ??= progress(BARS[bar], flags.quiet);
    bars[bar].update(done, total);
  };
  // The loader loads the driver (half a second): only a load imports it.
  const { loadGraph } = await import('../graph/neo4j/loader.ts');
  const { BulkImportRefused } = await import('../graph/neo4j/load-path.ts');
  try {
    const mode = (flags.mode ?? 'auto') as LoadMode;
    const result = await loadGraph(graph, config, {
      batchSize: Number(flags.batchSize ?? DEFAULT_BATCH_SIZE),
      mode,
      server: localServerOptions(),
      onProgress,
    });
    stopAll();
    const how = result.mode === 'bulk' ? 'bulk import' : `MERGE, ${result.batches} batches`;
    console.log(
      `loaded ${result.nodes} nodes and ${result.edges} edges into ${describeTarget(config)} ` +
        `in ${(result.ms / 1000).toFixed(1)}s (${how}: ${mode === 'merge' ? '--mode merge' : result.why})`,
    );
    return result;
  } catch (e) {
    if (e instanceof BulkImportRefused)
      throw new Error(`tupu load: --mode bulk: ${e.why}; use --mode merge`, { cause: e });
    throw e;
  } finally {
    stopAll();
  }
}

const STEP: Record<string, string> = {
  csv: 'graph/neo4j: writing CSV for the bulk importer',
  swap: 'graph/neo4j: the local server opens the imported database in place of its own (Bolt stays up)',
  restart:
    'graph/neo4j: restarting the local server on the imported database (its launcher predates in-place swaps)',
};

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description(
      'load a graph JSON into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; default the local server)',
    )
    .argument('<graph.json>', 'graph written by `tupu ingest`')
    .option(
      '--mode <mode>',
      'bulk (Neo4j importer into an empty local database, which the server then reopens), merge (batched MERGE, any server), or auto',
      'auto',
    )
    .option('--batch-size <n>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
    .option('-q, --quiet', 'no progress bars')
    .action(
      reportErrors(async (path: string, flags: LoadFlags) => {
        const batch = Number(flags.batchSize);
        if (!Number.isInteger(batch) || batch < 1)
          throw new Error('tupu load: --batch-size must be a positive integer');
        if (!MODES.includes(flags.mode as LoadMode))
          throw new Error(`tupu load: --mode must be one of ${MODES.join(', ')}`);
        await loadIntoNeo4j(await readGraphFile(path), flags);
      }),
    );
}
