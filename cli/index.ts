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
import { debugMode, printError } from './errors.ts';
import packageJson from '../package.json' with { type: 'json' };

export function buildProgram(): Command {
  const program = new Command('tupu')
    .description('图谱 — knowledge graphs from Chinese news')
    .version(packageJson.version, '-V, --version', 'print the version')
    .option('--debug', 'print the stack trace of an error (also TUPU_DEBUG=1)')
    .showHelpAfterError();
  // Set before any action runs, wherever --debug stands on the line.
  program.hook('preAction', () => {
    if (program.opts().debug) debugMode.on = true;
  });
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

/** Run the CLI; an error no command caught is still one line (see ./errors.ts). */
export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--debug')) debugMode.on = true;
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    printError(e);
    process.exitCode = 1;
  }
}
