/** Selection options shared by `tupu export` and `tupu report`. */
import { flagValue, printError } from './errors.ts';
import { Command, Option } from 'commander';
import { parseTypes } from '../graph/subgraph/select.ts';
import type { SelectionSpec } from '../graph/subgraph/spec.ts';

export interface SelectionFlags {
  from?: string;
  query?: string;
  ego?: string;
  depth?: string;
  types?: string;
  withArticles?: boolean;
  skipHubs?: boolean;
}

export function addSelectionOptions(cmd: Command): Command {
  return cmd
    .option('--from <graph.json>', 'graphology JSON graph to read (default: graph.json)')
    .option('--query <cypher>', 'Cypher query against Neo4j (NEO4J_* env) giving the subgraph')
    .option('--ego <name|key>', 'ego network around this node (name, alias, pinyin or key)')
    .option('--depth <n>', 'hops for --ego (default 1)')
    .option('--types <list>', 'keep only these node types, e.g. person,post')
    .addOption(new Option('--with-articles', 'let --ego walk through article nodes'))
    .option('--skip-hubs', 'keep hubs (a city, a congress) as leaves of --ego, not walked on');
}

/** The flags as a selection; `command` ("tupu export") prefixes what is wrong with them. */
export function selectionSpec(flags: SelectionFlags, command = 'tupu'): SelectionSpec {
  let depth: number | undefined;
  if (flags.from !== undefined && flags.query !== undefined)
    throw new Error(`${command}: give either --from or --query, not both`);
  if (flags.depth !== undefined && flags.ego === undefined)
    throw new Error(`${command}: --depth needs --ego`);
  if (flags.depth !== undefined) {
    depth = Number(flags.depth);
    if (!/^\d+$/.test(flags.depth.trim()))
      throw new Error(`${command}: --depth must be a whole number >= 0, got "${flags.depth}"`);
  }
  return {
    from: flags.from,
    query: flags.query,
    ego: flags.ego,
    depth,
    types:
      flags.types !== undefined
        ? flagValue(command, '--types', () => parseTypes(flags.types!))
        : undefined,
    includeArticles: flags.withArticles,
    skipHubs: flags.skipHubs,
  };
}

/** Run a command body; print errors without a stack trace and exit non-zero. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    printError(e);
    process.exitCode = 1;
  }
}
