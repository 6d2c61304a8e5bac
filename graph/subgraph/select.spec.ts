import { describe, expect, it } from 'vitest';
import { exportGraph } from '../json/index.ts';
import {
  egoNetwork,
  filterTypes,
  induced,
  parseTypes,
  resolveNode,
  SelectionError,
  wholeGraph,
} from './select.ts';
import { applySelection, describeSelection } from './spec.ts';
import { exportFixture as fixture } from '../../tests/kit/fixtures.ts';

describe('graph/subgraph kernels', () => {
  it('resolves keys, labels, aliases and pinyin', () => {
    const g = fixture();
    expect(resolveNode(g, 'district:渝北区')).toBe('district:渝北区');
    expect(resolveNode(g, '渝北区')).toBe('district:渝北区');
    expect(resolveNode(g, '西永微电子产业园区')).toBe('park:西永微电园');
    expect(resolveNode(g, 'Yu Hui Wen')).toBe('person:于会文');
    expect(resolveNode(g, '西部（重庆）科学城')).toBe('park:西部(重庆)科学城');
  });

  it('names unknown nodes clearly, with suggestions', () => {
    const g = fixture();
    expect(() => resolveNode(g, '不存在区')).toThrow(/graph\/subgraph: no node named "不存在区"/);
    expect(() => resolveNode(g, '渝北区委书')).toThrow(/did you mean: .*post:渝北区委书记/);
  });

  it('refuses ambiguous names, listing the keys', () => {
    const g = fixture();
    g.addNode('organization:渝北区', { type: 'organization', label: '渝北区' });
    expect(() => resolveNode(g, '渝北区')).toThrow(
      /ambiguous: district:渝北区, organization:渝北区/,
    );
  });

  it('builds ego networks by depth, not walking through articles by default', () => {
    const g = fixture();
    const d0 = egoNetwork(g, 'district:渝北区', 0);
    expect(d0.nodes()).toEqual(['district:渝北区']);
    const d1 = egoNetwork(g, 'district:渝北区', 1);
    expect(d1.nodes()).toEqual([
      'district:渝北区',
      'district:重庆市',
      'organization:渝北区委',
      'person:于会文',
    ]);
    const d2 = egoNetwork(g, 'district:渝北区', 2);
    expect(d2.hasNode('post:渝北区委书记')).toBe(true);
    expect(d2.filterNodes((_k, a) => a.type === 'article')).toEqual([]);
    const withArticles = egoNetwork(g, 'district:渝北区', 2, { includeArticles: true });
    expect(withArticles.hasNode('article:000_8574181c69006930#1')).toBe(true);
    expect(withArticles.order).toBeGreaterThan(d2.order);
  });

  it('keeps induced edges with their attributes and copies, never shares', () => {
    const g = fixture();
    const sub = induced(g, ['person:于会文', 'post:渝北区委书记', 'nope']);
    expect(sub.edges()).toEqual(['HOLDS:person:于会文->post:渝北区委书记']);
    sub.getEdgeAttributes(sub.edges()[0]!).evidence.push({ article: 'x', sentence: 'y' });
    expect(g.getEdgeAttribute('HOLDS:person:于会文->post:渝北区委书记', 'evidence')).toHaveLength(
      1,
    );
  });

  it('filters by type and validates type names', () => {
    const g = fixture();
    const sub = filterTypes(g, parseTypes('person,post'));
    expect(new Set(sub.mapNodes((_k, a) => a.type))).toEqual(new Set(['person', 'post']));
    expect(sub.everyEdge((_e, a) => a.type === 'HOLDS')).toBe(true);
    expect(() => parseTypes('person,persons')).toThrow(/unknown type\(s\) persons; known: article/);
  });

  it('whole graph is a lossless copy', () => {
    const g = fixture();
    expect(exportGraph(wholeGraph(g))).toEqual(exportGraph(g));
  });

  it('applies ego then types, and refuses empty selections', () => {
    const g = fixture();
    const s = applySelection(g, { ego: '渝北区', depth: 2, types: ['person', 'post'] });
    // Types after the walk; the focus stays.
    expect(s.graph.nodes()).toEqual([
      'district:渝北区',
      'person:于会文',
      'post:市人大代表',
      'post:渝北区委书记',
    ]);
    expect(s.center).toBe('district:渝北区');
    g.filterNodes((_k, a) => a.type === 'park').forEach((k) => g.dropNode(k));
    expect(() => applySelection(g, { types: ['park'] })).toThrow(SelectionError);
    expect(() => applySelection(g, { types: ['park'] })).toThrow(/selects nothing/);
    expect(() => applySelection(g, { depth: 2 })).toThrow(/a depth needs an ego node/);
  });

  it('describes selections in one line', () => {
    expect(describeSelection({ from: 'g.json' })).toBe('graph g.json; whole graph');
    expect(
      describeSelection({ ego: '渝北区', depth: 2, types: ['person'] }, 'district:渝北区'),
    ).toBe('ego network of 渝北区 (district:渝北区), depth 2; types person');
  });
});
