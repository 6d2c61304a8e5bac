import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/json/file.ts';
import { count, testConfig, useTestDatabase } from './helpers.ts';

const dir = await mkdtemp(join(tmpdir(), 'tupu-ingest-neo4j-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

function ingest(env: Record<string, string>) {
  const out = join(dir, 'graph.json');
  const run = spawnSync(
    process.execPath,
    ['bin/tupu.js', 'ingest', 'tests/fixtures/heldout2', '--out', out, '--neo4j', '--quiet'],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out };
}

describe('tupu ingest --neo4j', () => {
  const conn = useTestDatabase();

  it('writes the JSON and loads the same graph into Neo4j; a second run changes nothing', async () => {
    const first = ingest({ NEO4J_URI: testConfig().uri });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/loaded \d+ nodes and \d+ edges into /);
    const graph = await readGraphFile(first.out);
    const nodes = () => count(conn(), 'MATCH (n) RETURN count(n)');
    const edges = () => count(conn(), 'MATCH ()-[r]->() RETURN count(r)');
    expect(await nodes()).toBe(graph.order);
    expect(await edges()).toBe(graph.size);
    expect(ingest({ NEO4J_URI: testConfig().uri }).code).toBe(0);
    expect(await nodes()).toBe(graph.order);
    expect(await edges()).toBe(graph.size);
    // Two full ingests and loads in child processes: well over a minute on a shared 2-core machine.
  }, 240_000);

  it('keeps the JSON and says how to finish when Neo4j is not there', async () => {
    const run = ingest({ NEO4J_URI: 'bolt://127.0.0.1:1', TUPU_NEO4J_RETRY_MS: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^graph\/neo4j: /);
    expect(run.stderr).toContain(`tupu load ${run.out}`);
    expect((await readGraphFile(run.out)).order).toBeGreaterThan(0);
  });
});
