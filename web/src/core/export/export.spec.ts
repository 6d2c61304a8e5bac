import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createTupuGraph, parseGraphJson } from '../../../../graph/json/index.ts';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { toRenderGraph } from '../appearance/index.ts';
import { computeVisibility } from '../filters/index.ts';
import { defaultViewState } from '../state.ts';
import { EXPORT_FORMATS, exportSubgraph } from '../../../../graph/export/index.ts';
import { toCliFiles, toGexf, toGraphJsonFile, toSvg, visibleSubgraph } from './index.ts';

const g = loadFixture();
const render = toRenderGraph(g);
const filtered = computeVisibility(g, {
  ...defaultViewState(),
  hiddenNodeTypes: ['article', 'organization'],
});

describe('export', () => {
  it('visible subgraph keeps only visible nodes and their edges', () => {
    const sub = visibleSubgraph(g, filtered);
    expect(sub.filterNodes((_k, a) => a.type === 'article' || a.type === 'organization')).toEqual(
      [],
    );
    expect(sub.order).toBe(g.order - 7);
    expect(sub.hasEdge('HOLDS:person:于会文->post:渝北区委书记')).toBe(true);
    expect(sub.hasEdge('POST_IN:post:渝北区委书记->organization:渝北区委')).toBe(false);
  });
  it('restricts to a selection', () => {
    const sub = visibleSubgraph(
      g,
      { nodes: null, edges: null },
      new Set(['person:于会文', 'post:渝北区委书记']),
    );
    expect(sub.order).toBe(2);
    expect(sub.size).toBe(1);
  });
  it('graphology JSON re-imports with evidence intact', () => {
    const file = toGraphJsonFile(visibleSubgraph(g, filtered));
    const back = parseGraphJson(file.content);
    expect(
      back.getEdgeAttribute('HOLDS:person:于会文->post:渝北区委书记', 'evidence')[0]?.sentence,
    ).toContain('于会文');
  });
  it('GEXF parses back with the same nodes, labels, viz and flattened attributes', () => {
    const sub = visibleSubgraph(g, filtered);
    const xml = toGexf(sub, render);
    const back = parseGexf(Graph, xml);
    expect(back.order).toBe(sub.order);
    expect(back.size).toBe(sub.size);
    expect(back.getNodeAttribute('person:于会文', 'label')).toBe('于会文');
    expect(back.getNodeAttribute('person:于会文', 'pinyin')).toBe('yu hui wen');
    expect(typeof back.getNodeAttribute('person:于会文', 'x')).toBe('number');
    const edge = back.edges('person:于会文', 'post:渝北区委书记')[0]!;
    expect(String(back.getEdgeAttribute(edge, 'evidence'))).toContain('渝北区委书记');
  });
  it('SVG has one circle per visible node, escapes labels', () => {
    const sub = visibleSubgraph(g, filtered);
    sub.addNode('person:<b>&', { type: 'person', label: '<b>&' });
    const withTag = toRenderGraph(sub);
    const svg = toSvg(sub, withTag);
    const nodes = /<g class="nodes">(.*?)<\/g>/.exec(svg)![1]!;
    expect(nodes.match(/<circle /g)?.length).toBe(sub.order);
    expect(svg.match(/<line /g)?.length).toBe(sub.size);
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
  });
});

describe('toCliFiles: the command line formats from the screen', () => {
  it('names CSV as two files, nodes and edges, by the writer of tupu export', () => {
    const g = createTupuGraph();
    g.addNode('person:甲', { type: 'person', label: '甲' } as never);
    g.addNode('post:乙', { type: 'post', label: '乙, 丙' } as never);
    g.addEdge('person:甲', 'post:乙', { type: 'HOLDS', evidence: [] } as never);
    const files = toCliFiles(g, 'csv');
    expect(files.map((f) => f.name.replace(/\d/g, '0'))).toEqual([
      'tupu-0000-00-00-00-00-00-nodes.csv',
      'tupu-0000-00-00-00-00-00-edges.csv',
    ]);
    expect(files[0]!.content).toContain('"乙, 丙"');
    expect(toCliFiles(g, 'graphml')[0]!.content).toContain('<graphml');
  });

  it('every format is the bytes `tupu export` writes (one writer per format)', () => {
    const sub = visibleSubgraph(g, filtered);
    const articles = new Map(
      g.filterNodes((_k, a) => a.type === 'article').map((k) => [k, g.getNodeAttributes(k)]),
    );
    for (const format of EXPORT_FORMATS) {
      const screen = toCliFiles(sub, format, articles).map((f) => f.content);
      expect(screen, format).toEqual(exportSubgraph(sub, format, articles).map((f) => f.content));
    }
    // with the screen's drawing, GEXF and SVG carry its positions instead
    expect(toCliFiles(sub, 'svg', articles, render)[0]!.content).toBe(toSvg(sub, render));
  });
});
