/**
 * The Neo4j jars: fetched from Maven Central with `mvn dependency:copy-dependencies` (./pom.xml)
 * into a cache folder, once; a marker file says the copy is complete. Fetches into a temporary
 * folder and renames, so a broken or concurrent fetch never leaves a half-filled cache.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_VERSION } from '../config.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const POM_PATH = join(HERE, 'pom.xml');
export const LAUNCHER_PATH = join(HERE, 'TupuNeo4j.java');
const MARKER = '.tupu-complete';

export function jarsReady(libDir: string): boolean {
  return existsSync(join(libDir, MARKER));
}

export interface FetchOptions {
  /** Print Maven's output (default: only on failure). */
  verbose?: boolean;
  log?: (line: string) => void;
}

/** Fetch the jars unless already there. Returns the folder. */
export async function fetchJars(libDir: string, options: FetchOptions = {}): Promise<string> {
  if (jarsReady(libDir)) return libDir;
  const log = options.log ?? (() => undefined);
  log(`graph/neo4j: fetching Neo4j ${NEO4J_VERSION} jars from Maven Central into ${libDir}`);
  const tmp = `${libDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(dirname(libDir), { recursive: true });
  try {
    await runMaven(
      ['-B', '-q', '-f', POM_PATH, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`],
      options,
    );
    const jars = (await readdir(tmp)).filter((f) => f.endsWith('.jar'));
    if (!jars.some((f) => f.startsWith('neo4j-bolt-')))
      throw new Error(`graph/neo4j: Maven copied ${jars.length} jars but no neo4j-bolt jar`);
    await writeFile(join(tmp, MARKER), `${NEO4J_VERSION}\n${jars.length} jars\n`);
    if (jarsReady(libDir)) return libDir; // a concurrent fetch finished first
    await rm(libDir, { recursive: true, force: true });
    await rename(tmp, libDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  log(`graph/neo4j: jars ready in ${libDir}`);
  return libDir;
}

function runMaven(args: string[], options: FetchOptions): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === 'ENOENT'
            ? 'graph/neo4j: `mvn` not found: install Maven and Java 17 (Debian: apt-get install maven openjdk-17-jdk-headless)'
            : `graph/neo4j: cannot run mvn: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(
            new Error(
              `graph/neo4j: mvn failed (exit ${code}) fetching the Neo4j jars:\n${output.slice(-4000)}`,
            ),
          ),
    );
  });
}
