import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A file being written while it is read: its modification time moves between the handle's stat
// before the read and after it. Simulated on the real handle, for files named "growing*".
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const handle = await fs.open(path, ...rest);
    if (!String(path).includes('growing')) return handle;
    let calls = 0;
    const stat = handle.stat.bind(handle);
    handle.stat = (async (opts?: object) => {
      const s = await stat(opts as never);
      if (calls++ > 0) s.mtimeMs += 1000;
      return s;
    }) as typeof handle.stat;
    return handle;
  };
  return { ...fs, open, default: { ...fs, open } };
});

describe('a file changed while read', () => {
  it('is named and skipped; the others are ingested', async () => {
    const { ingestPaths } = await import('./index.ts');
    const dir = await mkdtemp(join(tmpdir(), 'tupu-changed-'));
    await writeFile(join(dir, 'growing.txt'), '标题\n正文还在写，内容不完整');
    await writeFile(join(dir, 'done.txt'), '标题\n东湾新区管委会主任钟明远表示，将加快发展。');
    const { report, graph } = await ingestPaths([dir]);
    expect(report.skipped).toEqual([
      {
        path: join(dir, 'growing.txt'),
        reason: 'changed while being read; run again once it is written',
      },
    ]);
    expect(graph.hasNode('person:钟明远')).toBe(true);
  });
});
