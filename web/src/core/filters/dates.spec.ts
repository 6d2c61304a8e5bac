import { describe, expect, it } from 'vitest';
import { createTupuGraph } from '../../../../graph/json/index.ts';
import { defaultViewState } from '../state.ts';
import { articleDateBounds, dateRangeFilter, edgeDates } from './dates.ts';
import { computeVisibility } from './index.ts';

/** Invented: two dated articles, one undated; a person holding two posts seen at different times. */
function graph() {
  const g = createTupuGraph();
  const node = (key: string, attrs: Record<string, unknown>) => g.addNode(key, attrs as never);
  node('article:早', { type: 'article', label: '早', date: '2024-01-05' });
  node('article:晚', { type: 'article', label: '晚', date: '2024-06-20T08:00:00+08:00' });
  node('article:无日期', { type: 'article', label: '无日期' });
  node('person:甲', { type: 'person', label: '甲' });
  node('post:甲县县长', { type: 'post', label: '甲县县长' });
  node('post:甲县县委书记', { type: 'post', label: '甲县县委书记' });
  node('organization:乙会', { type: 'organization', label: '乙会' });
  node('district:孤县', { type: 'district', label: '孤县' });
  const edge = (key: string, s: string, t: string, type: string, articles: string[]) =>
    g.addEdgeWithKey(key, s, t, {
      type,
      evidence: articles.map((article) => ({ article, sentence: '甲任职。' })),
    } as never);
  edge('e1', 'person:甲', 'post:甲县县长', 'HOLDS', ['article:早']);
  edge('e2', 'person:甲', 'post:甲县县委书记', 'HOLDS', ['article:晚', 'article:无日期']);
  edge('e3', 'person:甲', 'organization:乙会', 'MEMBER_OF', ['article:无日期']);
  edge('e4', 'article:晚', 'person:甲', 'MENTIONS', []);
  return g;
}

const range = (from: string | null, to: string | null, keepUndated = true) => ({
  from,
  to,
  keepUndated,
});

describe('date-range filter', () => {
  it('dates an edge by its evidence articles and by an article end', () => {
    const g = graph();
    expect(edgeDates(g, 'e2')).toEqual(['2024-06-20']);
    expect(edgeDates(g, 'e3')).toEqual([]);
    expect(edgeDates(g, 'e4')).toEqual(['2024-06-20']);
    expect(articleDateBounds(g)).toEqual({ min: '2024-01-05', max: '2024-06-20' });
  });

  it('is off without a bound', () => {
    expect(dateRangeFilter(graph(), range(null, null))).toBeNull();
  });

  it('keeps edges with an article in range (inclusive), and undated ones by default', () => {
    const g = graph();
    const p = dateRangeFilter(g, range('2024-01-01', '2024-01-05'))!;
    expect(g.filterEdges((e) => p.edgeOk(e))).toEqual(['e1', 'e3']);
    expect(p.nodeOk('post:甲县县长')).toBe(true);
    expect(p.nodeOk('post:甲县县委书记')).toBe(false);
    expect(p.nodeOk('article:晚')).toBe(false);
    expect(p.nodeOk('article:无日期')).toBe(true);
    expect(p.nodeOk('district:孤县')).toBe(true);
  });

  it('drops undated edges and articles when asked', () => {
    const g = graph();
    const p = dateRangeFilter(g, range('2024-06-01', null, false))!;
    expect(g.filterEdges((e) => p.edgeOk(e))).toEqual(['e2', 'e4']);
    expect(p.nodeOk('organization:乙会')).toBe(false);
    expect(p.nodeOk('article:无日期')).toBe(false);
  });

  it('drives what the explorer shows, with the other filters', () => {
    const g = graph();
    const v = computeVisibility(g, {
      ...defaultViewState(),
      dateTo: '2024-02-01',
      keepUndated: false,
    });
    expect([...v.nodes!].sort()).toEqual([
      'article:早',
      'district:孤县',
      'person:甲',
      'post:甲县县长',
    ]);
    expect([...v.edges!]).toEqual(['e1']);
  });
});
