import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerInfo } from './server/process.ts';
import { requestBulkWarmUp, WARM_MERGE_ENV, WARM_UP, warmMergeWanted } from './warm-bulk.ts';

/** A server that says it warms (its READY line) but is not running: the request stays on disk. */
async function quietServer(): Promise<ServerInfo> {
  const home = await mkdtemp(join(tmpdir(), 'tupu-warm-spec-'));
  const uri = 'bolt://127.0.0.1:1';
  await mkdir(join(home, 'logs'), { recursive: true });
  await writeFile(
    join(home, 'logs', 'tupu-neo4j.out'),
    `TUPU_NEO4J READY ${uri} home=${home} auth=off swap=bulk-swap import=in-jvm warm=bulk\n`,
  );
  return { pid: 0, host: '127.0.0.1', port: 1, home, uri, startedAt: '' };
}

const request = (info: ServerInfo) =>
  readFile(join(info.home, 'bulk-swap', `${WARM_UP}.warm`), 'utf8');

describe('the MERGE part of the start warm-up', () => {
  const saved = process.env[WARM_MERGE_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[WARM_MERGE_ENV];
    else process.env[WARM_MERGE_ENV] = saved;
  });

  it('is asked for only with `merge`: a plain warm-up imports and builds the schema', async () => {
    const info = await quietServer();
    try {
      expect(await requestBulkWarmUp(info, { blocks: 1, graceMs: 0 })).toBe(true);
      expect((await request(info)).split('\n')).not.toContain('--merge');
      await rm(join(info.home, 'bulk-swap'), { recursive: true });
      await requestBulkWarmUp(info, { blocks: 1, graceMs: 0, merge: true });
      const lines = (await request(info)).split('\n');
      const file = lines[lines.indexOf('--merge') + 1]!;
      const batches = JSON.parse(await readFile(file, 'utf8')) as { s: string }[];
      expect(batches.length).toBeGreaterThan(0);
      expect(batches[0]!.s).toMatch(/MERGE/);
    } finally {
      await rm(info.home, { recursive: true, force: true });
    }
  });

  it('is off by default, on with the flag or TUPU_NEO4J_WARM_MERGE=1, the flag first', () => {
    delete process.env[WARM_MERGE_ENV];
    expect(warmMergeWanted()).toBe(false);
    expect(warmMergeWanted(true)).toBe(true);
    process.env[WARM_MERGE_ENV] = '1';
    expect(warmMergeWanted()).toBe(true);
    expect(warmMergeWanted(false)).toBe(false);
    process.env[WARM_MERGE_ENV] = '0';
    expect(warmMergeWanted()).toBe(false);
  });
});
