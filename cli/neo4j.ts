/** `tupu neo4j start|stop|status|fetch`: the local Neo4j 5.26 Community server. */
import type { Command } from 'commander';
import { localServerOptions, type LocalServerOptions } from '../graph/neo4j/config.ts';
import { fetchJars, jarsReady } from '../graph/neo4j/server/jars.ts';
import { compiledLauncher } from '../graph/neo4j/server/launcher.ts';
import { reportErrors } from './errors.ts';

// The server's modules load the driver (half a second): each command imports what it runs.

interface ServerFlags {
  port?: string;
  home?: string;
}

function options(flags: ServerFlags): LocalServerOptions {
  const overrides: Partial<LocalServerOptions> = {};
  if (flags.port) overrides.port = Number(flags.port);
  if (flags.home) overrides.home = flags.home;
  return localServerOptions(overrides);
}

const say = (line: string) => console.error(line);

export { reportErrors } from './errors.ts';

export function registerNeo4j(program: Command): void {
  const cmd = program
    .command('neo4j')
    .description(
      'run the local Neo4j server (Community 5.26 from Maven Central; needs Java 17 and Maven)',
    );
  const withServerFlags = (c: Command) =>
    c
      .option('--port <port>', 'Bolt port (default 7687, or TUPU_NEO4J_PORT)')
      .option('--home <dir>', 'data folder (default .tupu/neo4j, or TUPU_NEO4J_HOME)');

  withServerFlags(
    cmd
      .command('start')
      .description('start the server and wait until Bolt answers')
      .option(
        '--warm-merge',
        'also warm the MERGE path in the background (~25 CPU-s; pays off before a MERGE load of several 100k elements; or TUPU_NEO4J_WARM_MERGE=1)',
      ),
  ).action(
    reportErrors(async (flags: ServerFlags & { warmMerge?: boolean }) => {
      const opts = options(flags);
      const { startWarm } = await import('../graph/neo4j/warm.ts');
      const { info, alreadyRunning, warmMs, bulkWarming, mergeWarming } = await startWarm(
        opts,
        say,
        { warmMerge: flags.warmMerge },
      );
      const warmed =
        (warmMs === undefined
          ? ''
          : `; schema and load statements ready in ${(warmMs / 1000).toFixed(1)}s`) +
        (bulkWarming
          ? `; the bulk import ${mergeWarming ? 'and MERGE warm' : 'warms'} up in the background`
          : '');
      console.log(
        `${alreadyRunning ? 'already running' : 'started'}: Neo4j on ${info.uri} (pid ${info.pid}, data ${info.home}${warmed})`,
      );
    }),
  );

  withServerFlags(cmd.command('stop').description('stop the server cleanly (SIGTERM)')).action(
    reportErrors(async (flags: ServerFlags) => {
      const { stop } = await import('../graph/neo4j/server/process.ts');
      const result = await stop(options(flags));
      if (!result.stopped) console.log('not running');
      else
        console.log(`stopped (pid ${result.pid}${result.forced ? ', forced with SIGKILL' : ''})`);
    }),
  );

  withServerFlags(
    cmd.command('status').description('say whether the server runs, and where'),
  ).action(
    reportErrors(async (flags: ServerFlags) => {
      const opts = options(flags);
      const { status } = await import('../graph/neo4j/server/process.ts');
      const { logFile } = await import('../graph/neo4j/server/server-log.ts');
      const s = await status(opts);
      const jars = jarsReady(opts.libDir) ? `jars in ${opts.libDir}` : 'jars not fetched yet';
      if (!s.info) {
        console.log(`stopped (data ${opts.home}; ${jars})`);
        process.exitCode = 3;
        return;
      }
      console.log(
        `${s.state}: Neo4j on ${s.info.uri} (pid ${s.info.pid}, since ${s.info.startedAt})`,
      );
      console.log(`data ${s.info.home}; log ${logFile(s.info.home)}; ${jars}`);
    }),
  );

  cmd
    .command('fetch')
    .description(
      'fetch the Neo4j jars from Maven Central into the cache and compile the launcher (start does both when needed)',
    )
    .option('--verbose', "show Maven's output")
    .action(
      reportErrors(async (flags: { verbose?: boolean }) => {
        const opts = localServerOptions();
        await fetchJars(opts.libDir, { log: say, verbose: flags.verbose });
        const launcher = await compiledLauncher(opts.libDir);
        console.log(`jars ready in ${opts.libDir}`);
        console.log(launcher ? `launcher compiled in ${launcher}` : 'no javac: source-file mode');
      }),
    );
}
