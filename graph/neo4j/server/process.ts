/**
 * The local Neo4j process: start (detached, pid file, wait for its READY line), status, stop
 * (SIGTERM, wait for the clean shutdown). Starting twice is harmless. A port held by anything
 * else (another Neo4j, another program) is named before a JVM is spawned, and "started" is
 * said only when the READY line of the process we spawned, for this data folder, is in the log:
 * a Bolt answer on the port alone could come from someone else's server.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { localUri, type LocalServerOptions } from '../config.ts';
import { fetchJars, LAUNCHER_PATH } from './jars.ts';
import { compiledLauncher, LAUNCHER_CLASS } from './launcher.ts';
import { boltAnswers, canListen, speaksBolt } from './bolt-probe.ts';
import { failureReason, logFile, logSince, readyIn } from './server-log.ts';
import type { ServerInfo } from './server-info.ts';

export type { ServerInfo } from './server-info.ts';

export interface ServerStatus {
  state: 'running' | 'starting' | 'stopped';
  info?: ServerInfo;
  /** Set when the pid file pointed to a dead process (it is removed). */
  stale?: boolean;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  // Neo4j 5 on Java 17 reaches into these JDK internals (as the neo4j launcher script does).
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
];

export const pidFile = (home: string) => join(home, 'tupu-neo4j.pid');

/** With `classDir`, the compiled launcher; without, source-file mode. */
export function javaArgs(opts: LocalServerOptions, classDir?: string): string[] {
  const jars = join(opts.libDir, '*');
  const extra = (process.env.TUPU_NEO4J_JVM_EXTRA ?? '').split(' ').filter(Boolean);
  const gc = extra.some((f) => /^-XX:\+Use\w+GC$/.test(f));
  return [
    '-Xms1g',
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS.filter((f) => !gc || f !== '-XX:+UseG1GC'),
    ...extra,
    '-cp',
    classDir ? `${classDir}${delimiter}${jars}` : jars,
    classDir ? LAUNCHER_CLASS : LAUNCHER_PATH,
    '--home',
    opts.home,
    '--host',
    opts.host,
    '--port',
    String(opts.port),
    '--pagecache',
    opts.pageCache,
  ];
}

export async function status(opts: LocalServerOptions): Promise<ServerStatus> {
  const info = readPidFile(opts.home);
  if (!info) return { state: 'stopped' };
  if (!isOurProcess(info.pid)) {
    await rm(pidFile(opts.home), { force: true });
    return { state: 'stopped', stale: true };
  }
  return { state: (await boltAnswers(info.uri)) ? 'running' : 'starting', info };
}

export interface StartResult {
  info: ServerInfo;
  alreadyRunning: boolean;
}

export async function start(
  opts: LocalServerOptions,
  log: (line: string) => void = () => undefined,
  timeoutMs = 180_000,
): Promise<StartResult> {
  const current = await status(opts);
  if (current.info) {
    checkSameServer(current.info, opts);
    await waitForReady(current.info, timeoutMs);
    return { info: current.info, alreadyRunning: true };
  }
  await checkPortFree(opts);
  await fetchJars(opts.libDir, { log });
  const info = await spawnServer(opts, await compiledLauncher(opts.libDir));
  log(`graph/neo4j: started Neo4j (pid ${info.pid}), waiting for Bolt on ${info.uri}`);
  await waitForReady(info, timeoutMs);
  return { info, alreadyRunning: false };
}

/** The running server of this data folder listens where asked (its command line says where). */
function checkSameServer(info: ServerInfo, opts: LocalServerOptions): void {
  const args = commandLine(info.pid);
  const flag = (name: string) => args?.[args.indexOf(name) + 1];
  if (args && (flag('--home') !== opts.home || flag('--port') !== String(opts.port)))
    throw new Error(
      `graph/neo4j: the server of ${opts.home} (pid ${info.pid}) runs with data ${flag('--home')} ` +
        `on port ${flag('--port')}, not port ${opts.port}; stop it first to move it`,
    );
}

/** Fails fast, naming what holds the port: another Neo4j, or another program. */
async function checkPortFree(opts: LocalServerOptions): Promise<void> {
  const free = await canListen(opts.host, opts.port);
  if (free) return;
  const what = (await speaksBolt(opts.host, opts.port))
    ? `another Neo4j (not the one with data in ${opts.home})`
    : 'another program (not Neo4j)';
  throw new Error(
    `graph/neo4j: port ${opts.port} on ${opts.host} is taken by ${what}; ` +
      `stop it, or choose another port (TUPU_NEO4J_PORT)`,
  );
}

async function spawnServer(opts: LocalServerOptions, classDir?: string): Promise<ServerInfo> {
  await mkdir(join(opts.home, 'logs'), { recursive: true });
  const logOffset = existsSync(logFile(opts.home)) ? statSync(logFile(opts.home)).size : 0;
  const out = openSync(logFile(opts.home), 'a');
  try {
    const child = spawn('java', javaArgs(opts, classDir), {
      detached: true,
      stdio: ['ignore', out, out],
    });
    await new Promise<void>((ok, fail) => {
      child.once('spawn', ok);
      child.once('error', (e: NodeJS.ErrnoException) =>
        fail(
          new Error(
            e.code === 'ENOENT'
              ? 'graph/neo4j: `java` not found: install Java 17'
              : `graph/neo4j: ${e.message}`,
          ),
        ),
      );
    });
    child.unref();
    const info: ServerInfo = {
      pid: child.pid!,
      host: opts.host,
      port: opts.port,
      home: opts.home,
      uri: localUri(opts),
      startedAt: new Date().toISOString(),
      logOffset,
    };
    await writeFile(pidFile(opts.home), JSON.stringify(info) + '\n');
    return info;
  } finally {
    closeSync(out);
  }
}

/**
 * Wait for the READY line our process prints once its Bolt connector is bound, for this data
 * folder; fail with the log's reason (one line) if the process dies first. A pid file from
 * before log offsets were recorded falls back to "Bolt answers".
 */
async function waitForReady(info: ServerInfo, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const since = logSince(info);
    if (info.logOffset === undefined ? await boltAnswers(info.uri) : readyIn(since, info)) return;
    if (!isOurProcess(info.pid)) {
      await rm(pidFile(info.home), { force: true });
      throw new Error(
        `graph/neo4j: the Neo4j process exited while starting: ${failureReason(since)}; see ${logFile(info.home)}`,
      );
    }
    await sleep(500);
  }
  throw new Error(
    `graph/neo4j: Neo4j did not get ready on ${info.uri} within ${timeoutMs / 1000}s; see ${logFile(info.home)}`,
  );
}

/** Is the process of `info` still our running launcher? */
export const isAlive = (info: ServerInfo) => isOurProcess(info.pid);

export interface StopResult {
  stopped: boolean;
  pid?: number;
  forced?: boolean;
}

/** SIGTERM, then wait for the shutdown hook to close the database (SIGKILL after timeoutMs). */
export async function stop(opts: LocalServerOptions, timeoutMs = 90_000): Promise<StopResult> {
  const info = readPidFile(opts.home);
  if (!info || !isOurProcess(info.pid)) {
    await rm(pidFile(opts.home), { force: true });
    return { stopped: false };
  }
  process.kill(info.pid, 'SIGTERM');
  const forced = !(await waitForExit(info.pid, timeoutMs));
  if (forced) {
    process.kill(info.pid, 'SIGKILL');
    await waitForExit(info.pid, 10_000);
  }
  await rm(pidFile(opts.home), { force: true });
  return { stopped: true, pid: info.pid, forced };
}

/** Kill without a clean shutdown: for fault tests only. */
export function killHard(info: ServerInfo): void {
  if (isOurProcess(info.pid)) process.kill(info.pid, 'SIGKILL');
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurProcess(pid)) return true;
    await sleep(200);
  }
  return !isOurProcess(pid);
}

function readPidFile(home: string): ServerInfo | undefined {
  try {
    return JSON.parse(readFileSync(pidFile(home), 'utf8')) as ServerInfo;
  } catch {
    return undefined;
  }
}

/** The process's arguments (Linux /proc), or undefined where that cannot be read. */
function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

/** Alive, and really our launcher (a recycled pid is not ours). Zombies count as gone. */
function isOurProcess(pid: number): boolean {
  const proc = `/proc/${pid}`;
  if (existsSync(proc)) {
    try {
      const stat = readFileSync(`${proc}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z/.test(stat)) return false;
      return readFileSync(`${proc}/cmdline`, 'utf8').includes('TupuNeo4j');
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
