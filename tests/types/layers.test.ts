/**
 * Issue 15: the layers import downwards only and nothing imports itself round a cycle (type-only
 * imports count: they still tie the files together for a reader and for the compiler).
 * graph/ is the bottom; ingest/ and report/ stand on it; the explorer (web/src) on those; the
 * CLI on everything. Production code never reaches into tests/ or bench/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findCycle,
  importGraph,
  importsOf,
  ROOT,
  sourceFiles,
  specifiersOf,
  type ImportGraph,
} from './imports.ts';

/** Tests, benches and build-time scripts (gazetteer builders): tools, not layers. */
const isTest = (f: string) =>
  /\.(spec|test)\.ts$/.test(f) ||
  f.startsWith('tests/') ||
  f.startsWith('bench/') ||
  /^ingest\/gazetteer\/build-[^/]+\.ts$/.test(f);

/** What each layer may import (folders, by prefix); a file's own folder always. */
const MAY_IMPORT: Array<[layer: string, allowed: string[]]> = [
  ['graph/', ['graph/']],
  ['ingest/', ['ingest/', 'graph/']],
  ['report/', ['report/', 'graph/']],
  ['web/src/', ['web/src/', 'graph/', 'report/']],
  ['web/server/', ['web/server/', 'graph/']],
  ['cli/', ['cli/', 'graph/', 'ingest/', 'report/', 'web/server/']],
];

/** Imports that break MAY_IMPORT, as "file -> imported file". */
export function upwardImports(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [file, deps] of graph) {
    if (isTest(file)) continue;
    const rule = MAY_IMPORT.find(([layer]) => file.startsWith(layer));
    if (!rule) continue;
    for (const dep of deps.filter((d) => d.endsWith('.ts')))
      if (!rule[1].some((prefix) => dep.startsWith(prefix)) || isTest(dep))
        out.push(`${file} -> ${dep}`);
  }
  return out;
}

const files = sourceFiles();
const graph = importGraph(files);

describe('layers and import cycles', () => {
  it('reads the import graph, type-only and dynamic imports included', () => {
    expect(files).toContain('graph/types.ts');
    expect(importsOf('x/a.ts', "import type { A } from './b.ts';")).toEqual(['x/b.ts']);
    expect(importsOf('x/a.ts', "export * from '../y/c.ts'; await import('./d.ts');")).toEqual([
      'y/c.ts',
      'x/d.ts',
    ]);
    expect(importsOf('x/a.ts', "import Graph from 'graphology'; import 'node:fs';")).toEqual([]);
  });

  it('finds an invented cycle and an invented upward import (so the checks below can fail)', () => {
    const invented: ImportGraph = new Map([
      ['ingest/a.ts', ['ingest/b.ts']],
      ['ingest/b.ts', ['ingest/c.ts']],
      ['ingest/c.ts', ['ingest/a.ts', 'graph/schema.ts']],
      ['graph/schema.ts', ['report/palette.ts']],
    ]);
    expect(findCycle(invented, [...invented.keys()])).toEqual([
      'ingest/a.ts',
      'ingest/b.ts',
      'ingest/c.ts',
      'ingest/a.ts',
    ]);
    expect(upwardImports(invented)).toEqual(['graph/schema.ts -> report/palette.ts']);
  });

  it('every layer imports only from the layers below it', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no import cycle among the sources (ingest/, web/src/, graph/, report/, cli/)', () => {
    expect(
      findCycle(
        graph,
        files.filter((f) => !isTest(f)),
      ),
    ).toBeUndefined();
  });

  it("graph/'s errors name no command-line flag (the CLI adds its own hints)", () => {
    const flagsIn = (file: string, text: string) =>
      [...text.matchAll(/(?:new \w*Error|super)\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)]
        .filter((m) => /(^|[\s(`])--[a-z]/.test(m[2]!))
        .map((m) => `${file}: ${m[2]}`);
    expect(
      flagsIn('x.ts', "throw new SelectionError('give either --from or --query');"),
    ).toHaveLength(1);
    const graphFiles = files.filter((f) => f.startsWith('graph/') && !isTest(f));
    expect(graphFiles.flatMap((f) => flagsIn(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('synthetic graphs come from the one generator (graph/synthetic.ts, re-exported by tests/kit/) alone', () => {
    // Every generator draws from the seeded PRNG; outside the kit only the SVG layout's seeded
    // start and bench/corpus.ts (invented article text, not graphs) may. The news-graph
    // generator moved from tests/kit/ to graph/synthetic.ts because the local server's bulk
    // warm-up (graph/neo4j/warm-bulk.ts) imports one of its graphs.
    const users = [...graph].filter(([, deps]) => deps.includes('graph/random.ts'));
    expect(users.map(([f]) => f).filter((f) => !f.startsWith('tests/kit/'))).toEqual([
      'bench/corpus.ts',
      'graph/export/svg-layout.ts',
      'graph/synthetic.ts',
    ]);
  });

  it('what the explorer loads is browser-safe: no Node built-in or Node-only package, transitively', () => {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f) || !f.endsWith('.ts')) return;
      seen.add(f);
      for (const dep of graph.get(f) ?? []) walk(dep);
    };
    for (const f of files) if (f.startsWith('web/src/') && !isTest(f)) walk(f);
    expect(seen).toContain('graph/export/svg.ts');
    const nodeOnly = /^(node:|fs$|path$|child_process$|neo4j-driver|playwright|commander|tsx)/;
    const offending = [...seen].flatMap((f) =>
      specifiersOf(f)
        .filter((spec) => nodeOnly.test(spec))
        .map((spec) => `${f} -> ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
