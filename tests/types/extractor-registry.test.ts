/**
 * Issue 15: ingest has one extension point, the extractor table (ingest/extract/registry.ts).
 * A new rule is one table entry; a new node type is one row in graph/types.ts, one extractor
 * file and one line in the table, and its nodes reach the graph. Sentences invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../graph/types.ts';
import { buildGraph } from '../../ingest/build.ts';
import { EXTRACTORS, extractStory, type Extractor } from '../../ingest/extract/index.ts';
import { ROOT } from './imports.ts';
import { linkedCopy } from './linked-copy.ts';

const STORY = '本报讯 区里昨天启动了〖青苗〗，〖青苗〗覆盖全区学校。';

/** A toy rule: a name in 〖〗 is a program (a bracket no rule of the registry reads). */
const escorts: Extractor = {
  name: 'escort-plans',
  type: 'program',
  stage: 'mentions',
  extract: ({ text }) =>
    [...text.matchAll(/〖(\p{Script=Han}+)〗/gu)].map((m) => ({
      type: 'program',
      name: m[1]!,
      surface: m[0],
      start: m.index,
      end: m.index + m[0].length,
    })),
};

function graphOf(extractors: readonly Extractor[]) {
  const facts = extractStory(STORY, extractors);
  return buildGraph([
    { key: 'article:toy#1', title: '', file: 'toy.txt', chars: STORY.length, text: STORY, facts },
  ]);
}

describe('the extractor table', () => {
  it('every entry names a node type of the type table', () => {
    expect(EXTRACTORS.length).toBeGreaterThan(4);
    for (const e of EXTRACTORS) expect(NODE_TYPES).toContain(e.type);
    expect(new Set(EXTRACTORS.map((e) => e.name)).size).toBe(EXTRACTORS.length);
  });

  it('a new rule is one entry: its mentions become nodes with MENTIONS evidence', () => {
    const key = 'program:青苗';
    expect(graphOf(EXTRACTORS).hasNode(key)).toBe(false);
    const g = graphOf([...EXTRACTORS, escorts]);
    expect(g.getNodeAttributes(key)).toMatchObject({ type: 'program', label: '青苗' });
    expect(g.getNodeAttribute(key, 'mentions')).toBe(2);
    const [edge] = g.edges('article:toy#1', key);
    expect(g.getEdgeAttribute(edge!, 'evidence')[0]?.sentence).toContain('启动了〖青苗〗');
  });

  it('a new node type is a table row, an extractor file and one line; it typechecks and reaches the graph', () => {
    const table = readFileSync(join(ROOT, 'graph/types.ts'), 'utf8');
    const marker = '} as const satisfies Record<string, NodeTypeInfo>;';
    expect(table).toContain(marker);
    const row = `  road: { zh: '道路', en: 'Road', color: '#5b5b5b', neo4j: 'Road', mentionPriority: 1 },\n`;
    const registry = readFileSync(join(ROOT, 'ingest/extract/registry.ts'), 'utf8');
    const open = 'export const EXTRACTORS: readonly Extractor[] = [\n';
    expect(registry).toContain(open);
    const line =
      "  { name: 'roads', type: 'road', stage: 'mentions', extract: (s) => findRoads(s.text) },\n";
    const copy = linkedCopy({
      'graph/types.ts': table.replace(marker, row + marker),
      'ingest/extract/roads.ts': [
        "import type { Mention } from './mentions.ts';",
        '/** Roads opened to traffic: "新修的X路". */',
        'export function findRoads(text: string): Mention[] {',
        '  return [...text.matchAll(/(?<=新修的)\\p{Script=Han}{2}路/gu)].map((m) => ({',
        "    type: 'road', name: m[0], surface: m[0], start: m.index, end: m.index + m[0].length,",
        '  }));',
        '}',
        '',
      ].join('\n'),
      'ingest/extract/registry.ts':
        "import { findRoads } from './roads.ts';\n" + registry.replace(open, open + line),
      'run.ts': [
        "import { articlesFromText } from './ingest/index.ts';",
        "import { buildGraph } from './ingest/build.ts';",
        "const text = '新路通车\\n\\n本报讯 城东新修的青松路今天通车，青松路连接两个街道。\\n';",
        "const g = buildGraph(articlesFromText(text, 'roads', false).records);",
        "console.log(JSON.stringify(g.filterNodes((_k, a) => a.type === 'road').map((k) => [k, g.getNodeAttribute(k, 'mentions')])));",
        '',
      ].join('\n'),
    });
    try {
      expect(copy.typecheck()).toEqual({ status: 0, errors: '' });
      const run = copy.run('run.ts');
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([['road:青松路', 2]]);
    } finally {
      copy.remove();
    }
  }, 180_000);
});
