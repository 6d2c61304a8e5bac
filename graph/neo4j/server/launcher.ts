/**
 * The Java launcher, compiled once. `java TupuNeo4j.java` (source-file mode) works, but it runs
 * javac in the server's JVM on every start (about 7 CPU-seconds); so the class is compiled with
 * javac into a folder beside the jars, named by the source's hash, and reused. Where there is
 * no javac (a JRE only), the server still starts in source-file mode.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LAUNCHER_PATH } from './jars.ts';

export const LAUNCHER_CLASS = 'TupuNeo4j';

/** Where the compiled launcher for this source and these jars lives. */
export function launcherDir(libDir: string): string {
  const hash = createHash('sha256').update(readFileSync(LAUNCHER_PATH)).digest('hex');
  return `${libDir}-launcher-${hash.slice(0, 12)}`;
}

/** The folder holding TupuNeo4j.class, compiling it first if needed; undefined without javac. */
export async function compiledLauncher(libDir: string): Promise<string | undefined> {
  const dir = launcherDir(libDir);
  if (existsSync(join(dir, `${LAUNCHER_CLASS}.class`))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const ok = await javac(['-nowarn', '-cp', join(libDir, '*'), '-d', tmp, LAUNCHER_PATH]);
    if (!ok) return undefined;
    if (!existsSync(dir)) await rename(tmp, dir);
    return dir;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** True when javac compiled; false when there is no javac; throws on a compile error. */
function javac(args: string[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn('javac', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ENOENT' ? resolve(false) : reject(new Error(`graph/neo4j: javac: ${e.message}`)),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(true)
        : reject(new Error(`graph/neo4j: javac failed on ${LAUNCHER_PATH}:\n${output}`)),
    );
  });
}
