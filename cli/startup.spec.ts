import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The packages (CommonJS ones: ESM leaves no trace in require.cache) loaded by building the CLI. */
function packagesLoadedByTheCli(): string[] {
  const script = `
    import { createRequire } from 'node:module';
    const { buildProgram } = await import('./cli/index.ts');
    buildProgram();
    const names = Object.keys(createRequire(import.meta.url).cache)
      .map((k) => (k.match(/node_modules\\/((@[^/]+\\/)?[^/]+)/) ?? [])[1])
      .filter(Boolean);
    console.log(JSON.stringify([...new Set(names)]));`;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as string[];
}

describe('the CLI at start', () => {
  it('loads no heavy package before a command needs it (help, --version and stats stay quick)', () => {
    const loaded = packagesLoadedByTheCli();
    expect(loaded).toContain('commander');
    for (const heavy of ['neo4j-driver', 'playwright-core', '@node-rs/jieba', 'linkedom'])
      expect(loaded, heavy).not.toContain(heavy);
    expect(loaded.filter((p) => p.startsWith('@rolldown/'))).toEqual([]); // Vite's bundler
  });
});
