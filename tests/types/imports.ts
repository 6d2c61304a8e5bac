/**
 * The project's own import graph, read with the TypeScript parser Vite already uses (rolldown's
 * oxc `parseAst`; TypeScript 7 has no JS API): every `import`, `import type`, `export … from`
 * and `import()`, for the layering and cycle checks in layers.test.ts. (rolldown comes with
 * vite, a dependency; it is not listed in package.json of its own.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.tupu', '.git', 'artifacts']);

/** Every .ts file under `dir` (repo-relative, '/'-separated). */
export function sourceFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      out.push(relative(ROOT, path).split('\\').join('/'));
  }
  return out.sort();
}

/** Every module `file` names: relative paths as written, packages, node: builtins. */
export function specifiersOf(
  file: string,
  text = readFileSync(join(ROOT, file), 'utf8'),
): string[] {
  return specifiers(parseAst(text, { lang: 'ts' }, file));
}

/** The project files `file` imports (relative specifiers only; packages and node: left out). */
export function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  return specifiersOf(file, text)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) =>
      relative(ROOT, resolve(ROOT, dirname(file), spec))
        .split('\\')
        .join('/'),
    );
}

/** Every string module specifier in the tree: import/export declarations and import(). */
function specifiers(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) specifiers(n, out);
  } else if (node && typeof node === 'object') {
    const n = node as { type?: string; source?: { type?: string; value?: unknown } };
    const declares = /^(Import|ExportAll|ExportNamed)Declaration$|^ImportExpression$/.test(
      n.type ?? '',
    );
    if (declares && n.source?.type === 'Literal' && typeof n.source.value === 'string')
      out.push(n.source.value);
    for (const value of Object.values(node))
      if (value && typeof value === 'object') specifiers(value, out);
  }
  return out;
}

export type ImportGraph = Map<string, string[]>;

export function importGraph(files: string[]): ImportGraph {
  return new Map(files.map((f) => [f, importsOf(f)]));
}

/** The first import cycle found among `files` (a closed list of files), or undefined. */
export function findCycle(graph: ImportGraph, files: readonly string[]): string[] | undefined {
  const inScope = new Set(files);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (!inScope.has(next)) continue;
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of files) {
    if (state.has(f)) continue;
    const found = visit(f);
    if (found) return found;
  }
  return undefined;
}
