import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { defaultViewState } from '../state.ts';
import { computeVisibility, isEdgeVisible, isNodeVisible, visibleTypeCounts } from './index.ts';

const g = loadFixture();
const base = defaultViewState();

describe('filters', () => {
  it('shows everything without filters (null sets)', () => {
    expect(computeVisibility(g, base)).toEqual({ nodes: null, edges: null });
  });
  it('hides node types and the edges touching them', () => {
    const v = computeVisibility(g, { ...base, hiddenNodeTypes: ['article'] });
    expect(isNodeVisible(v, 'article:fixture-2')).toBe(false);
    expect(isNodeVisible(v, 'person:于会文')).toBe(true);
    expect([...v.edges!].some((e) => g.getEdgeAttribute(e, 'type') === 'MENTIONS')).toBe(false);
    expect(visibleTypeCounts(g, v).get('article')).toBeUndefined();
    expect(visibleTypeCounts(g, v).get('person')).toBe(4);
  });
  it('hides edge types but keeps nodes', () => {
    const v = computeVisibility(g, { ...base, hiddenEdgeTypes: ['MENTIONS', 'SPOKE_ABOUT'] });
    expect(v.nodes!.size).toBe(g.order);
    expect(v.edges!.size).toBe(
      g.filterEdges((_e, a) => !['MENTIONS', 'SPOKE_ABOUT'].includes(a.type)).length,
    );
  });
  it('keeps only entities of the chosen articles', () => {
    const v = computeVisibility(g, { ...base, articles: ['article:fixture-2'] });
    expect([...v.nodes!].sort()).toEqual(
      [
        'article:fixture-2',
        'person:张洪铭',
        'person:车小云',
        'post:市政协委员',
        'organization:市政协',
        'district:重庆市',
      ].sort(),
    );
  });
  it('focuses on an ego network with depth, combined with type filters', () => {
    const v = computeVisibility(g, {
      ...base,
      focus: 'person:于会文',
      depth: 1,
      hiddenNodeTypes: ['article'],
    });
    expect(v.nodes!.size).toBe(4);
    const edge = 'HOLDS:person:于会文->post:渝北区委书记';
    expect(isEdgeVisible(v, edge)).toBe(true);
    const withPath = computeVisibility(g, { ...base, focus: 'person:于会文', depth: 0 }, [
      'person:吴道藩',
    ]);
    expect(withPath.nodes!.has('person:吴道藩')).toBe(true);
  });
});

describe('the explorer focus is the CLI selection', () => {
  it('same nodes as applySelection for ego + depth + types + hubs', async () => {
    const { inventedGraph, PARK } = await import('../../../../graph/subgraph/invented.ts');
    const { applySelection } = await import('../../../../graph/subgraph/spec.ts');
    const { NODE_TYPES } = await import('../../../../graph/schema.ts');
    const g = inventedGraph();
    for (const skipHubs of [false, true]) {
      for (const types of [['person', 'post'] as const, ['district'] as const]) {
        const cli = applySelection(g, { ego: PARK, depth: 3, types: [...types], skipHubs });
        const screen = computeVisibility(g, {
          ...base,
          focus: PARK,
          depth: 3,
          skipHubs,
          hiddenNodeTypes: NODE_TYPES.filter((t) => !(types as readonly string[]).includes(t)),
        });
        expect([...screen.nodes!].sort()).toEqual(cli.graph.nodes());
        expect([...screen.edges!].sort()).toEqual(cli.graph.edges());
      }
    }
  });
});
