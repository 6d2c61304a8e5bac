/**
 * `npx tsx bench/ingest-ab.ts <other checkout> <dir> [rounds]`: this checkout's extraction and
 * graph build against another checkout's (e.g. `git worktree add --detach /tmp/main main`), in
 * one process, file by file alternating which goes first, CPU time per side. On a machine shared
 * with other jobs, separate runs of `bench:ingest` swing with their load; interleaved sides see
 * the same load, so their ratio holds. Each side has its own modules (caches, jieba instance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Sides = 'other' | 'this';
interface Tree {
  articlesFromText: typeof import('../ingest/index.ts').articlesFromText;
  buildGraph: typeof import('../ingest/build.ts').buildGraph;
}
const [otherRoot, dir, roundsArg] = process.argv.slice(2);
if (!otherRoot || !dir) {
  console.error(
    'bench/ingest-ab: usage: npx tsx bench/ingest-ab.ts <other checkout> <dir> [rounds]',
  );
  process.exit(2);
}
const load = async (root: string): Promise<Tree> => ({
  ...(await import(resolve(root, 'ingest/index.ts'))),
  ...(await import(resolve(root, 'ingest/build.ts'))),
});
const trees: Record<Sides, Tree> = { other: await load(otherRoot), this: await load('.') };
const files = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();
const texts = files.map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const cpu = { other: 0, this: 0, otherBuild: 0, thisBuild: 0 };
const timed = (f: () => void) => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return d.user + d.system;
};
const rounds = Number(roundsArg ?? 2);
for (let round = 0; round < rounds; round++) {
  const records: Record<Sides, ReturnType<Tree['articlesFromText']>['records']> = {
    other: [],
    this: [],
  };
  texts.forEach((text, i) => {
    const order: Sides[] = (i + round) % 2 ? ['other', 'this'] : ['this', 'other'];
    for (const side of order)
      cpu[side] += timed(() => {
        try {
          const { records: found } = trees[side].articlesFromText(
            text,
            files[i]!,
            files[i]!.endsWith('.md') ? 'markdown' : 'text',
          );
          for (const r of found) records[side].push({ ...r, text: '' });
        } catch {
          // a file without articles: the same on both sides
        }
      });
  });
  for (const side of (round % 2 ? ['other', 'this'] : ['this', 'other']) as Sides[])
    cpu[`${side}Build`] += timed(() => trees[side].buildGraph(records[side]));
}
const s = (us: number) => (us / 1e6).toFixed(2);
console.log(
  `extraction: other ${s(cpu.other)} s, this ${s(cpu.this)} s, this/other ${(cpu.this / cpu.other).toFixed(3)}; ` +
    `build: other ${s(cpu.otherBuild)} s, this ${s(cpu.thisBuild)} s, this/other ${(cpu.thisBuild / cpu.otherBuild).toFixed(3)}`,
);
