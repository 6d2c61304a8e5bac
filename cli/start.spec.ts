import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from './start.ts';

describe('tupu start: is graph.json stale?', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tupu-start-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(join(seeds, 'sub'), { recursive: true });
  const article = join(seeds, 'sub', 'a.txt');
  writeFileSync(article, '文章');
  const graph = join(dir, 'graph.json');

  it('is stale when missing', () => {
    expect(staleReason(graph, [seeds])).toContain('missing');
  });
  it('is fresh when newer than every article, stale when an article is newer', () => {
    writeFileSync(graph, '{}');
    utimesSync(article, new Date(1000), new Date(1000));
    expect(staleReason(graph, [seeds])).toBeNull();
    utimesSync(article, new Date(), new Date(Date.now() + 60_000));
    expect(staleReason(graph, [seeds])).toContain('older');
  });
});
