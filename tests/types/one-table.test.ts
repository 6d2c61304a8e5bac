/**
 * Issue 15: the node and edge types have one home (graph/types.ts). Everything that names,
 * colours or labels a type reads it, and adding a node type is one table entry: a copy of the
 * sources with one more entry still typechecks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEO4J_LABELS } from '../../graph/schema.ts';
import { EDGE_TYPE_TABLE, EDGE_TYPES, NODE_TYPE_TABLE, NODE_TYPES } from '../../graph/types.ts';
import { EDGE_TYPE_NAMES, NODE_COLORS, NODE_TYPE_NAMES } from '../../report/palette.ts';
import { EDGE_COLORS, TYPE_COLORS } from '../../web/src/core/appearance/utils.ts';
import { DICTIONARIES } from '../../web/src/core/i18n/index.ts';
import { resolveOverlaps, type Mention } from '../../ingest/extract/mentions.ts';
import { ROOT } from './imports.ts';
import { linkedCopy } from './linked-copy.ts';

describe('one type table', () => {
  it('screen, report, Neo4j and UI strings read the same table', () => {
    for (const t of NODE_TYPES) {
      const row = NODE_TYPE_TABLE[t];
      expect(TYPE_COLORS[t]).toBe(row.color);
      expect(NODE_COLORS[t]).toBe(row.color);
      expect(NODE_TYPE_NAMES[t]).toBe(row.zh);
      expect(DICTIONARIES.zh[`type.${t}`]).toBe(row.zh);
      expect(DICTIONARIES.en[`type.${t}`]).toBe(row.en);
      expect(NEO4J_LABELS[t]).toBe(row.neo4j);
    }
    for (const t of EDGE_TYPES) {
      expect(EDGE_TYPE_NAMES[t]).toBe(EDGE_TYPE_TABLE[t].zh);
      expect(DICTIONARIES.zh[`edge.${t}`]).toBe(EDGE_TYPE_TABLE[t].zh);
      expect(EDGE_COLORS[t]).toBe(EDGE_TYPE_TABLE[t].color);
    }
    expect(new Set(Object.values(TYPE_COLORS)).size).toBe(NODE_TYPES.length);
  });

  it("each edge type's endpoints are those docs/schema.md gives", () => {
    const doc = readFileSync(join(ROOT, 'docs/schema.md'), 'utf8');
    const types = (list: string) => list.split('/').map((t) => t.trim());
    for (const t of EDGE_TYPES) {
      const row = doc.match(new RegExp(`^\\| \`${t}\` +\\| ([^|]+?) -> ([^|]+?) +\\|`, 'm'));
      expect(row, t).not.toBeNull();
      const { from, to } = EDGE_TYPE_TABLE[t];
      expect(new Set(types(row![1]!)), t).toEqual(new Set(from));
      expect(row![2] === 'any entity' ? 'any' : new Set(types(row![2]!)), t).toEqual(
        to === 'any' ? 'any' : new Set(to),
      );
    }
  });

  it('ingest breaks ties between equally long mentions by the table priority', () => {
    // Invented: one span read as a park and as an organisation; the park ranks higher.
    const span = { start: 0, end: 5, surface: '新港科技园' };
    const kept = resolveOverlaps([
      { ...span, type: 'organization', name: '新港科技园' },
      { ...span, type: 'park', name: '新港科技园' },
    ] as Mention[]);
    const winner =
      NODE_TYPE_TABLE.park.mentionPriority > NODE_TYPE_TABLE.organization.mentionPriority
        ? 'park'
        : 'organization';
    expect(kept.map((m) => m.type)).toEqual([winner]);
  });

  it('a new node type is one table entry: the sources still typecheck', () => {
    const table = readFileSync(join(ROOT, 'graph/types.ts'), 'utf8');
    const entry = `  road: { zh: '道路', en: 'Road', color: '#000000', neo4j: 'Road', mentionPriority: 1 },\n`;
    const marker = '} as const satisfies Record<string, NodeTypeInfo>;';
    expect(table).toContain(marker);
    const withRoad = { 'graph/types.ts': table.replace(marker, entry + marker) };
    const copy = linkedCopy(withRoad);
    try {
      expect(copy.typecheck()).toEqual({ status: 0, errors: '' });
    } finally {
      copy.remove();
    }
    // The check can fail: a hand-written Record<NodeType, …> breaks it.
    const broken = linkedCopy({
      ...withRoad,
      'graph/extra.ts':
        "import type { NodeType } from './types.ts';\nexport const X: Record<NodeType, number> = { article: 0, person: 0, post: 0, organization: 0, district: 0, park: 0, industry: 0, program: 0 };\n",
    });
    try {
      const result = broken.typecheck();
      expect(result.status).not.toBe(0);
      expect(result.errors).toMatch(/graph\/extra\.ts.*road/);
    } finally {
      broken.remove();
    }
  }, 120_000);
});
