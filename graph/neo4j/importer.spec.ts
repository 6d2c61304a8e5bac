import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestImport } from './importer.ts';

describe('an import in the server, stopped', () => {
  it('a stop asked for while the last answer comes in is kept: the import is not taken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-importer-'));
    // The server's side, played here: a process that passes for the launcher, and its files.
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'TupuNeo4j']);
    try {
      const stop = new AbortController();
      const info = {
        pid: server.pid!,
        host: '127.0.0.1',
        port: 0,
        home: dir,
        uri: '',
        startedAt: '',
      };
      const { done } = await requestImport(dir, info, join(dir, 'home'), [], {
        signal: stop.signal,
        onPercent: () => stop.abort(),
      });
      const request = (await readdir(dir)).find((f) => f.endsWith('.import'))!;
      const base = join(dir, request.replace(/\.import$/, ''));
      // Progress and the answer land together: the stop comes from reading that last progress.
      writeFileSync(`${base}.log`, '(1/4) Node import\n  50% ∆ 1s\n');
      writeFileSync(`${base}.result`, 'ok\n');
      await expect(done).rejects.toThrow(/bulk import stopped; the database is unchanged/);
    } finally {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
