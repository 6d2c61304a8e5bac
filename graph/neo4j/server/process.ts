/**
 * The local Neo4j process: start (detached, pid file, wait for its READY line), status, stop
 * (SIGTERM, wait for the clean shutdown). Starting twice is harmless. A port held by anything
 * else (another Neo4j, another program) is named before a JVM is spawned, and "started" is
 * said only when the READY line of the process we spawned, for this data folder, is in the log:
 * a Bolt answer on the port alone could come from someone else's server.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
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
  /** Size of the log when this process was spawned: its READY line comes after. */
  logOffset?: number;
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

/** True when host:port can be bound now (nothing listens there). */
function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') resolve(false);
      else
        reject(new Error(`graph/neo4j: cannot listen on ${host}:${port}: ${e.code ?? e.message}`));
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Bolt's handshake by hand: the magic number and four version proposals; a Bolt server answers
 * with the chosen version (4 bytes, major 3 to 5, or zeros), anything else does not. Times out,
 * so a program that accepts and never answers cannot hang us (the driver would wait a minute).
 */
export function speaksBolt(host: string, port: number, timeoutMs = 3_000): Promise<boolean> {
  const hello = Buffer.from([
    0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 0, 3,
  ]);
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    let reply: Buffer = Buffer.alloc(0);
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => socket.write(hello));
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 4) return;
      const major = reply[3]!;
      const zeros = reply.readUInt32BE(0) === 0;
      done(reply.length === 4 && (zeros || (major >= 3 && major <= 5 && reply[0] === 0)));
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
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

/** The READY line for this server's address and data folder (the launcher prints it absolute). */
function readyIn(log: string, info: ServerInfo): boolean {
  for (const m of log.matchAll(/^TUPU_NEO4J READY (\S+) home=(.*?) auth=/gm))
    if (m[1] === info.uri && resolve(m[2]!) === resolve(info.home)) return true;
  return false;
}

/**
 * Can this running server swap in a bulk-imported database without a restart? Its READY line
 * says so (`swap=<folder>`; launchers from before the feature do not).
 */
export function swapFolder(info: ServerInfo): string | undefined {
  const m = readyLine(info, / swap=(\S+)/);
  return m ? join(info.home, m[1]!) : undefined;
}

/** Does this running server run the importer in its own JVM (`import=in-jvm`, same folder as swap)? */
export function importsInServer(info: ServerInfo): boolean {
  return readyLine(info, / import=in-jvm(?: |$)/) !== undefined;
}

/** Does this running server warm the bulk path's code on request (`warm=bulk`, ../warm-bulk.ts)? */
export function warmsBulk(info: ServerInfo): boolean {
  return readyLine(info, / warm=bulk(?: |$)/) !== undefined;
}

/** `pattern` matched in the READY line of this server, if it says so. */
function readyLine(info: ServerInfo, pattern: RegExp): RegExpExecArray | undefined {
  for (const m of logSince(info).matchAll(/^TUPU_NEO4J READY (\S+) home=(.*?) auth=(.*)$/gm))
    if (m[1] === info.uri && resolve(m[2]!) === resolve(info.home))
      return pattern.exec(m[3]!) ?? undefined;
  return undefined;
}

/** Is the process of `info` still our running launcher? */
export const isAlive = (info: ServerInfo) => isOurProcess(info.pid);

/** The log written since the process was spawned. */
function logSince(info: ServerInfo): string {
  try {
    return readFileSync(logFile(info.home))
      .subarray(info.logOffset ?? 0)
      .toString('utf8');
  } catch {
    return '';
  }
}

/** One line saying why the JVM died, from its log. */
function failureReason(log: string): string {
  if (/BindException|Address already in use/.test(log))
    return 'its port is taken (Address already in use)';
  const lines = log.split('\n').map((l) => l.trim());
  const cause = [...lines].reverse().find((l) => /^Caused by: /.test(l));
  const error = lines.find((l) => /(Exception|Error)\b/.test(l) && !/^at /.test(l));
  return (cause ?? error ?? lines.filter(Boolean).pop() ?? 'no output').slice(0, 300);
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

/** Bolt answers a query-less round trip (with NEO4J_PASSWORD set, "unauthorized" counts). */
export async function boltAnswers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  if (!(await speaksBolt(hostname, Number(port) || 7687))) return false;
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
