/** `tupu query "<cypher>" [--param name=value ...] [--format table|json|csv] [--write]` */
import type { Command } from 'commander';
import { configFromEnv } from '../graph/neo4j/config.ts';
import { FORMATS, formatResult, type OutputFormat } from '../graph/neo4j/format.ts';
import { parseParam, runQuery } from '../graph/neo4j/query.ts';
import { reportErrors } from './neo4j.ts';

interface QueryFlags {
  param: string[];
  format: string;
  write?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a Cypher query against Neo4j (read-only unless --write)')
    .argument('<cypher>', 'the query; use $name for parameters')
    .option(
      '-p, --param <name=value>',
      'a parameter (JSON or plain text); repeat for more',
      collect,
      [],
    )
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--write', 'allow the query to write (WRITE access mode)')
    .action(
      reportErrors(async (cypher: string, flags: QueryFlags) => {
        if (!FORMATS.includes(flags.format as OutputFormat))
          throw new Error(`tupu query: --format must be one of ${FORMATS.join(', ')}`);
        const params = Object.fromEntries(flags.param.map(parseParam));
        const result = await runQuery(configFromEnv(), cypher, params, { write: flags.write });
        process.stdout.write(
          formatResult(flags.format as OutputFormat, result.columns, result.rows),
        );
        if (flags.format === 'table')
          console.error(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`);
        const updates = Object.entries(result.updates);
        if (updates.length) console.error(updates.map(([k, n]) => `${k}: ${n}`).join(', '));
      }),
    );
}
