/**
 * The local Neo4j process: start (detached, pid file, wait until Bolt answers), status, stop
 * (SIGTERM, wait for the clean shutdown). Starting twice is harmless.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { localUri, type LocalServerOptions } from '../config.ts';
import { fetchJars, LAUNCHER_PATH } from './jars.ts';
import { compiledLauncher, LAUNCHER_CLASS } from './launcher.ts';

export interface ServerInfo {
  pid: number;
  host: string;
  port: number;
  home: string;
  uri: string;
  startedAt: string;
}

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
export const logFile = (home: string) => join(home, 'logs', 'tupu-neo4j.out');

/** With `classDir`, the compiled launcher; without, source-file mode. */
export function javaArgs(opts: LocalServerOptions, classDir?: string): string[] {
  const jars = join(opts.libDir, '*');
  return [
    '-Xms1g',
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
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
    await waitForBolt(current.info, opts.home, timeoutMs);
    return { info: current.info, alreadyRunning: true };
  }
  await fetchJars(opts.libDir, { log });
  const info = await spawnServer(opts, await compiledLauncher(opts.libDir));
  log(`graph/neo4j: started Neo4j (pid ${info.pid}), waiting for Bolt on ${info.uri}`);
  await waitForBolt(info, opts.home, timeoutMs);
  return { info, alreadyRunning: false };
}

async function spawnServer(opts: LocalServerOptions, classDir?: string): Promise<ServerInfo> {
  await mkdir(join(opts.home, 'logs'), { recursive: true });
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
    };
    await writeFile(pidFile(opts.home), JSON.stringify(info) + '\n');
    return info;
  } finally {
    closeSync(out);
  }
}

async function waitForBolt(info: ServerInfo, home: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurProcess(info.pid)) {
      await rm(pidFile(home), { force: true });
      throw new Error(
        `graph/neo4j: the Neo4j process exited while starting; see ${logFile(home)}:\n${tail(logFile(home))}`,
      );
    }
    if (await boltAnswers(info.uri)) return;
    await sleep(500);
  }
  throw new Error(
    `graph/neo4j: Neo4j did not answer on ${info.uri} within ${timeoutMs / 1000}s; see ${logFile(home)}`,
  );
}

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

export async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch (e) {
    // Auth on (NEO4J_PASSWORD set for the server) still means Bolt answers.
    return (e as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';
  } finally {
    await driver.close();
  }
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
