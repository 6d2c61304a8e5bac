/**
 * Issue 15: ingest has one extension point, the extractor table (ingest/extract/registry.ts).
 * A new rule is one table entry; a new node type is one row in graph/types.ts, one extractor
 * file and one line in the table, and its nodes reach the graph. Sentences invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
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

/**
 * The shared steps of extraction, which read per-type facts from graph/types.ts and the
 * registry: a node type named in a comparison, a `case` or a list there is a switch on type
 * that a new type would have to join (object fields such as `type: 'person'` are facts, not
 * switches).
 */
const TYPE_BLIND = [
  'ingest/extract/relations.ts',
  'ingest/extract/mentions.ts',
  'ingest/extract/registry.ts',
];

/** Node types a file compares with, switches on or lists, as "file:line 'type'". */
function typeSwitches(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const types = new Set<unknown>(NODE_TYPES);
  const out: string[] = [];
  const at = (node: { start: number }, value: unknown) =>
    out.push(`${file}:${text.slice(0, node.start).split('\n').length} '${String(value)}'`);
  const isType = (n: unknown): n is { type: 'Literal'; value: string; start: number } =>
    !!n &&
    (n as { type?: string }).type === 'Literal' &&
    types.has((n as { value?: unknown }).value);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(String(n.operator)))
      for (const side of [n.left, n.right]) if (isType(side)) at(side, side.value);
    if (n.type === 'SwitchCase' && isType(n.test)) at(n.test, n.test.value);
    if (n.type === 'ArrayExpression')
      for (const e of n.elements as unknown[]) if (isType(e)) at(e, e.value);
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(text, { lang: 'ts' }, file));
  return out;
}

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

  it('relations, overlaps and the stages do not switch on node type', () => {
    // Invented switches of each kind, so the check can fail.
    const invented = [
      "if (m.type === 'industry') focus(m);",
      "switch (m.type) { case 'program': run(m); }",
      "const ACTORS = new Set(['park', 'district']);",
      "const person = { type: 'person', name };",
    ].join('\n');
    expect(typeSwitches('x.ts', invented)).toEqual([
      "x.ts:1 'industry'",
      "x.ts:2 'program'",
      "x.ts:3 'park'",
      "x.ts:3 'district'",
    ]);
    expect(TYPE_BLIND.flatMap((f) => typeSwitches(f))).toEqual([]);
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
