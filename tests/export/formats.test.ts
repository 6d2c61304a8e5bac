import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph, parseGraphJson, type TupuGraph } from '../../graph/json/index.ts';
import {
  EXPORT_FORMATS,
  exportSubgraph,
  writeCsv,
  writeCypher,
  writeGexf,
  writeGraphml,
} from '../../graph/export/index.ts';
import { egoNetwork } from '../../graph/subgraph/select.ts';
import { parseCsv } from '../kit/formats.ts';
import { awkwardGraph } from '../kit/synthetic.ts';
import { exportFixture as fixture } from '../kit/fixtures.ts';

const graphs: Array<[string, () => TupuGraph]> = [
  ['fixture', fixture],
  ['synthetic', () => awkwardGraph(80, 200, 11)],
];

/** Attributes as the flat formats carry them: lists and objects as JSON text. */
function flat(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [
      k,
      v !== null && typeof v === 'object' ? JSON.stringify(v) : v,
    ]),
  );
}

describe.each(graphs)('graph/export on the %s graph', (_name, make) => {
  it('JSON round trip is lossless', () => {
    const g = make();
    const [file] = exportSubgraph(g, 'json');
    expect(exportGraph(parseGraphJson(file!.content))).toEqual(exportGraph(g));
  });

  it('GEXF parses back with graphology-gexf: same nodes, edges and attributes', () => {
    const g = make();
    const back = parseGexf(MultiDirectedGraph, writeGexf(g));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.edges().sort()).toEqual(g.edges().sort());
    g.forEachNode((k, a) => {
      const b = back.getNodeAttributes(k);
      expect(b.label).toBe(a.label);
      expect(b.type).toBe(a.type);
      if (a.aliases) expect(JSON.parse(b.aliases as string)).toEqual(a.aliases);
    });
    g.forEachEdge((e, a, s, t) => {
      expect([back.source(e), back.target(e)]).toEqual([s, t]);
      expect(JSON.parse(back.getEdgeAttribute(e, 'evidence') as string)).toEqual(a.evidence);
    });
  });

  it('GraphML parses back with graphology-graphml, values exact', () => {
    const g = make();
    const back = parseGraphml(MultiDirectedGraph, writeGraphml(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachNode((k, a) => expect(back.getNodeAttributes(k)).toEqual(flat(a)));
    g.forEachEdge((e, a, s, t) => {
      expect(back.getEdgeAttributes(e)).toEqual(flat(a));
      expect([back.source(e), back.target(e)]).toEqual([s, t]);
    });
  });

  it('CSV has one row per node and per edge, with evidence and exact quoting', () => {
    const g = make();
    const files = writeCsv(g);
    const nodes = parseCsv(files['nodes.csv']);
    const edges = parseCsv(files['edges.csv']);
    expect(nodes.length).toBe(g.order + 1);
    expect(edges.length).toBe(g.size + 1);
    const [nh, eh] = [nodes[0]!, edges[0]!];
    expect(nh.slice(0, 3)).toEqual(['key', 'type', 'label']);
    expect(eh).toContain('evidence_sentences');
    for (const row of nodes.slice(1)) {
      const key = row[nh.indexOf('key')]!;
      expect(row[nh.indexOf('label')]).toBe(g.getNodeAttribute(key, 'label'));
    }
    for (const row of edges.slice(1)) {
      const key = row[eh.indexOf('key')]!;
      const ev = g.getEdgeAttribute(key, 'evidence');
      expect(row[eh.indexOf('evidence_count')]).toBe(String(ev.length));
      const sentences = row[eh.indexOf('evidence_sentences')]!;
      expect(sentences ? sentences.split('\n') : []).toEqual(
        ev.map((x) => x.sentence.replace(/\s*[\r\n]+\s*/g, ' ')),
      );
    }
  });

  it('Cypher script: constraints, one MERGE per element, every key as an escaped literal', () => {
    const g = make();
    const script = writeCypher(g);
    expect(script).toContain(
      'CREATE CONSTRAINT IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;',
    );
    expect(script).not.toMatch(/\$\w/); // parameter-free
    g.forEachNode((k) => expect(script).toContain(cypherLiteral(k)));
    g.forEachEdge((e) => expect(script).toContain(cypherLiteral(e)));
    const rows = (script.match(/\{key: '/g) ?? []).length;
    expect(rows).toBe(g.order + g.size);
    for (const statement of script.split(';\n').filter((s) => s.includes('UNWIND'))) {
      expect(statement).toMatch(/MERGE \((n:\w+|a\)-\[r:\w+) \{key: row\.key\}/);
    }
  });
});

function cypherLiteral(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

describe('graph/export details', () => {
  it('ego subgraph exports carry only the selection', () => {
    const g = fixture();
    const sub = egoNetwork(g, 'person:于会文', 1);
    const [file] = exportSubgraph(sub, 'json');
    expect(parseGraphJson(file!.content).nodes()).toEqual(sub.nodes());
  });

  it('CSV starts with a BOM and uses CRLF rows', () => {
    const { 'nodes.csv': nodes } = writeCsv(fixture());
    expect(nodes.startsWith('\uFEFFkey,type,label')).toBe(true);
    expect(nodes.split('\r\n').length).toBe(fixture().order + 2);
  });

  it('exports are deterministic', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportSubgraph(awkwardGraph(), format)).toEqual(
        exportSubgraph(awkwardGraph(), format),
      );
    }
  });
});
