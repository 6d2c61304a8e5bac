/**
 * A contributor's change tried out of place: the repository as symbolic links in a temporary
 * folder, but for the files given, written there as given (folders holding them are real
 * folders of links). TypeScript and Node are told to keep the links' paths (preserveSymlinks),
 * so a linked file's relative import reaches the changed copy.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './imports.ts';

export interface LinkedCopy {
  dir: string;
  /** tsc over the sources (ingest, graph, web/src, cli, report, bench): exit status and output. */
  typecheck(): { status: number | null; errors: string };
  /** Run a TypeScript file of the copy with Node and tsx. */
  run(file: string): { status: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function linkedCopy(changed: Record<string, string>): LinkedCopy {
  const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
  config.compilerOptions.preserveSymlinks = true;
  config.include = ['ingest', 'graph', 'web/src', 'cli', 'report', 'bench'];
  // written as a file of the copy, never through a link into the checkout
  const files = { ...changed, 'tsconfig.json': JSON.stringify(config) };
  const dir = mkdtempSync(join(tmpdir(), 'tupu-change-'));
  const paths = Object.keys(files);
  const holds = (rel: string) => paths.some((p) => p.startsWith(`${rel}/`));
  const mirror = (rel: string) => {
    mkdirSync(join(dir, rel), { recursive: true });
    for (const name of readdirSync(join(ROOT, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (name === '.git' || paths.includes(path)) continue;
      if (holds(path)) mirror(path);
      else symlinkSync(join(ROOT, path), join(dir, path));
    }
  };
  mirror('');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return {
    dir,
    typecheck() {
      const tsc = join(ROOT, 'node_modules/.bin/tsc');
      const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
      return { status: r.status, errors: r.stdout + r.stderr };
    },
    run(file) {
      const args = ['--preserve-symlinks', '--preserve-symlinks-main', '--import', 'tsx', file];
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
