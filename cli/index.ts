/** tupu command line: one commander program; each concern registers its own commands. */
import { Command } from 'commander';
import { registerIngest } from './ingest.ts';
import { registerStats } from './stats.ts';
import { registerExport } from './export.ts';
import { registerReport } from './report.ts';
import { registerNeo4j } from './neo4j.ts';
import { registerLoad } from './load.ts';
import { registerQuery } from './query.ts';
import { registerStart } from './start.ts';
import { registerServe } from './serve.ts';

export function buildProgram(): Command {
  const program = new Command('tupu')
    .description('图谱 — knowledge graphs from Chinese news')
    .showHelpAfterError();
  registerIngest(program);
  registerStats(program);
  registerExport(program);
  registerReport(program);
  registerNeo4j(program);
  registerLoad(program);
  registerQuery(program);
  registerStart(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
