/**
 * Faults: `tupu neo4j start` on a port someone else holds fails fast with one line naming the
 * holder (another Neo4j, or a program that is not Neo4j), spawns no server and leaves no pid
 * file; `tupu load` refuses a wrongly typed graph and leaves the database as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pidFile } from '../../graph/neo4j/server/process.ts';
import { freePort } from '../setup/neo4j.ts';
import { count, ensureTestServer, testConfig, useTestDatabase } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'tupu-port-taken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI; resolves with what it printed, or rejects when it has not exited in time. */
function tupu(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>(
    (ok, fail) => {
      const t0 = Date.now();
      const child = spawn(process.execPath, [resolve('bin/tupu.js'), ...args], {
        env: { ...process.env, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(new Error(`tupu ${args.join(' ')} still running after ${timeoutMs} ms: ${stderr}`));
      }, timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        ok({ code, stdout, stderr, ms: Date.now() - t0 });
      });
    },
  );
}

const start = (port: number, home: string) =>
  tupu(['neo4j', 'start', '--port', String(port), '--home', home]);

describe('tupu neo4j start on a taken port', () => {
  it('names a program that is not Neo4j (one that accepts and never answers), and exits', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => void sockets.push(s));
    const port = await freePort();
    await new Promise<void>((r) => silent.listen(port, '127.0.0.1', r));
    try {
      const home = join(dir, 'other');
      const r = await start(port, home);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([
        `graph/neo4j: port ${port} on 127.0.0.1 is taken by another program (not Neo4j); ` +
          'stop it, or choose another port (TUPU_NEO4J_PORT)',
      ]);
      expect(existsSync(pidFile(home))).toBe(false);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  beforeAll(async () => {
    if (inject('neo4jLocal')) await ensureTestServer();
  });

  it.skipIf(!inject('neo4jLocal'))(
    'names another Neo4j on the port',
    { timeout: 240_000 },
    async () => {
      const port = Number(new URL(testConfig().uri.replace('bolt:', 'http:')).port);
      const home = join(dir, 'second');
      const r = await start(port, home);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([
        `graph/neo4j: port ${port} on 127.0.0.1 is taken by another Neo4j (not the one with data ` +
          `in ${home}); stop it, or choose another port (TUPU_NEO4J_PORT)`,
      ]);
      expect(existsSync(pidFile(home))).toBe(false);
    },
  );
});

describe('tupu load of a wrongly typed graph', () => {
  const conn = useTestDatabase();

  it(
    'is refused with the key and field, the database untouched',
    { timeout: 240_000 },
    async () => {
      const graph = (label: unknown, aliases: unknown) =>
        JSON.stringify({
          attributes: {},
          options: { type: 'directed', multi: true, allowSelfLoops: false },
          nodes: [{ key: 'person:甲某', attributes: { type: 'person', label, aliases } }],
          edges: [],
        });
      writeFileSync(join(dir, 'good.json'), graph('甲某', ['甲']));
      writeFileSync(join(dir, 'bad.json'), graph('甲某', 'notalist'));
      const env = { NEO4J_URI: testConfig().uri };
      expect((await tupu(['load', join(dir, 'good.json'), '-q'], env)).code).toBe(0);
      const bad = await tupu(['load', join(dir, 'bad.json'), '-q'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim()).toBe(
        `graph/json: ${join(dir, 'bad.json')}: node "person:甲某" field "aliases": ` +
          'expected a list of text, got the text "notalist"',
      );
      const aliases = await count(
        conn(),
        "MATCH (p:Person {key: 'person:甲某'}) RETURN size(p.aliases)",
      );
      expect(aliases).toBe(1);
    },
  );
});
