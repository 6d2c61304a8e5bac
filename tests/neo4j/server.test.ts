/** `tupu neo4j start|status|stop` on a server of its own: idempotent start, clean stop, data kept. */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../graph/neo4j/driver.ts';
import { localServerOptions } from '../../graph/neo4j/config.ts';
import { compiledLauncher, launcherDir } from '../../graph/neo4j/server/launcher.ts';
import { javaArgs } from '../../graph/neo4j/server/process.ts';
import { logFile } from '../../graph/neo4j/server/server-log.ts';
import { freePort } from '../setup/neo4j.ts';
import { count } from './helpers.ts';

const home = resolve('.tupu', `neo4j-cli-${process.pid}`);

function neo4j(command: string, port: number) {
  const run = spawnSync(
    process.execPath,
    ['bin/tupu.js', 'neo4j', command, '--port', String(port), '--home', home],
    {
      env: { ...process.env, TUPU_NEO4J_HEAP: '1g', TUPU_NEO4J_PAGECACHE: '256m' },
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('tupu neo4j start | status | stop', () => {
  let port = 0;
  afterAll(async () => {
    if (port) neo4j('stop', port);
    await rm(home, { recursive: true, force: true });
  });

  it('starts once, says where it runs, stops cleanly, and keeps the data', async () => {
    port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    expect(neo4j('status', port)).toMatchObject({
      code: 3,
      out: expect.stringContaining('stopped'),
    });

    const first = neo4j('start', port);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`started: Neo4j on ${uri}`);
    const second = neo4j('start', port);
    expect(second.out).toContain(`already running: Neo4j on ${uri}`);
    expect(neo4j('status', port).out).toMatch(new RegExp(`^running: Neo4j on ${uri} \\(pid \\d+`));

    let conn = await connect({ uri });
    await conn.driver.session().run("CREATE (:Person {key: 'person:测试', label: '测试'})");
    await conn.driver.close();

    const stopped = neo4j('stop', port);
    expect(stopped.out).toMatch(/^stopped \(pid \d+\)/);
    expect(readFileSync(logFile(home), 'utf8')).toContain('TUPU_NEO4J STOPPED');
    expect(neo4j('stop', port).out).toContain('not running');

    expect(neo4j('start', port).code).toBe(0);
    conn = await connect({ uri });
    try {
      expect(await count(conn, "MATCH (p:Person {key: 'person:测试'}) RETURN count(p)")).toBe(1);
    } finally {
      await conn.driver.close();
    }
  }, 600_000);
});

describe('the launcher', () => {
  it('is compiled once beside the jars and started as a class, not as source', async () => {
    const { libDir } = localServerOptions();
    const dir = await compiledLauncher(libDir);
    expect(dir).toBe(launcherDir(libDir));
    const classFile = `${dir}/TupuNeo4j.class`;
    const built = statSync(classFile).mtimeMs;
    expect(await compiledLauncher(libDir)).toBe(dir);
    expect(statSync(classFile).mtimeMs).toBe(built);
    const args = javaArgs(localServerOptions(), dir);
    expect(args).toContain('TupuNeo4j');
    expect(args.some((a) => a.endsWith('.java'))).toBe(false);
    expect(javaArgs(localServerOptions()).some((a) => a.endsWith('TupuNeo4j.java'))).toBe(true);
  });
});
