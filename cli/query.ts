/** `tupu query "<cypher>" [--param name=value ...] [--format table|json|csv] [--write]` */
import type { Command } from 'commander';
import { configFromEnv } from '../graph/neo4j/config.ts';
import { FORMATS, type OutputFormat } from '../graph/neo4j/output-formats.ts';
import { CLI_LIMITS, limitsFromEnv, positive } from '../graph/neo4j/guard.ts';
import { Neo4jError } from '../graph/neo4j/errors.ts';
import { flagValue } from './errors.ts';
import { reportErrors } from './neo4j.ts';

interface QueryFlags {
  param: string[];
  format: string;
  write?: boolean;
  timeout?: string;
  maxRows?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Neo4j's error codes whose remedy is a flag of `tupu query`: graph/ says what, this says how. */
const FLAG_HINTS: Array<[code: RegExp, hint: string]> = [
  [
    /^(Tupu\.ReadOnly|Neo\.ClientError\.Statement\.(AccessMode|NotAllowed))$/,
    'add --write to run it',
  ],
  [/TransactionTimedOut/, '--timeout sets the limit'],
];

function withFlagHint(e: unknown): unknown {
  const code = e instanceof Neo4jError ? (e.code ?? '') : '';
  const hint = FLAG_HINTS.find(([pattern]) => pattern.test(code))?.[1];
  if (!hint || !(e instanceof Error)) return e;
  return new Error(`tupu query: ${e.message.replace(/^graph\/neo4j: /, '')}; ${hint}`, {
    cause: e,
  });
}

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
    .option('--write', 'allow the query to write, load CSV and administer (WRITE access mode)')
    .option('--timeout <seconds>', 'cancel the query after this long (default 300)')
    .option('--max-rows <n>', 'stop reading after this many rows (default 1000000)')
    .action(
      reportErrors(async (cypher: string, flags: QueryFlags) => {
        if (!FORMATS.includes(flags.format as OutputFormat))
          throw new Error(`tupu query: --format must be one of ${FORMATS.join(', ')}`);
        const { parseParam, runQuery } = await import('../graph/neo4j/query.ts');
        const { formatResult } = await import('../graph/neo4j/format.ts');
        const params = Object.fromEntries(
          flags.param.map((p) => flagValue('tupu query', '--param', () => parseParam(p))),
        );
        const env = limitsFromEnv(process.env, CLI_LIMITS);
        const limits = {
          timeoutMs: positive(flags.timeout, '--timeout', 1000) ?? env.timeoutMs,
          maxRows: positive(flags.maxRows, '--max-rows', 1) ?? env.maxRows,
        };
        const result = await runQuery(configFromEnv(), cypher, params, {
          write: flags.write,
          limits,
        }).catch((e: unknown) => {
          throw withFlagHint(e);
        });
        process.stdout.write(
          formatResult(flags.format as OutputFormat, result.columns, result.rows),
        );
        if (flags.format === 'table')
          console.error(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`);
        if (result.truncated)
          console.error(`tupu query: truncated after ${result.rows.length} rows (--max-rows)`);
        const updates = Object.entries(result.updates);
        if (updates.length) console.error(updates.map(([k, n]) => `${k}: ${n}`).join(', '));
      }),
    );
}
