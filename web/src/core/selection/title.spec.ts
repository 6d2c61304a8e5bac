import { describe, expect, it } from 'vitest';
import { inventedGraph, PARK } from '../../../../graph/subgraph/invented.ts';
import { translator } from '../i18n/index.ts';
import { defaultViewState } from '../state.ts';
import { selectionTitle } from './title.ts';

describe('selectionTitle', () => {
  const g = inventedGraph();
  const base = defaultViewState();
  it('names the focus, depth and the types shown', () => {
    const hidden = ['article', 'organization', 'district', 'park', 'industry', 'program'] as const;
    const state = { ...base, focus: PARK, depth: 2, hiddenNodeTypes: [...hidden] };
    expect(selectionTitle(g, state, translator('zh'))).toBe('青禾科技园 · 2 层 · 人物、职务');
    expect(selectionTitle(g, { ...state, lang: 'en' }, translator('en'))).toBe(
      '青禾科技园 · depth 2 · Person, Post',
    );
  });
  it('names a path by its ends, and the whole graph by its file', () => {
    const path: [string, string] = [PARK, 'district:东州市'];
    expect(selectionTitle(g, { ...base, path }, translator('zh'))).toBe('青禾科技园 → 东州市');
    expect(selectionTitle(g, base, translator('zh'), 'graph.json')).toBe('graph.json');
    expect(selectionTitle(g, base, translator('zh'))).toBe('全图');
  });
  it('names a date range', () => {
    const state = { ...base, dateFrom: '2024-03-01', dateTo: null };
    expect(selectionTitle(g, state, translator('zh'), 'graph.json')).toBe(
      'graph.json · 2024-03-01 – …',
    );
  });
});
