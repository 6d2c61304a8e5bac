import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../state.ts';
import { sanitizeViewState, viewStateFromQuery, viewStateToQuery } from './index.ts';

describe('url state', () => {
  it('round-trips a full view state', () => {
    const state: ViewState = {
      selected: 'person:于会文',
      picked: ['person:甲', 'park:乙园'],
      focus: 'post:渝北区委书记',
      depth: 3,
      skipHubs: true,
      pathViaArticles: true,
      showArticles: true,
      expanded: ['district:渝北区'],
      collapsed: ['article:a#1', 'organization:市人大'],
      hiddenNodeTypes: ['article', 'program'],
      hiddenNodes: ['person:丙', 'district:丁区'],
      hiddenEdgeTypes: ['MENTIONS'],
      articles: ['article:000_8574181c69006930#1'],
      dateFrom: '2024-03-01',
      dateTo: '2024-03-31',
      keepUndated: false,
      path: ['person:于会文', 'person:吴道藩'],
      colorMode: 'louvain',
      sizeMode: 'pagerank',
      pinyin: true,
      lang: 'en',
    };
    const query = viewStateToQuery(state);
    expect(viewStateFromQuery(query)).toEqual(state);
    expect(viewStateFromQuery('?' + query)).toEqual(state);
  });
  it('writes nothing for the default state and reads defaults back', () => {
    expect(viewStateToQuery(defaultViewState())).toBe('');
    expect(viewStateFromQuery('')).toEqual(defaultViewState());
  });
  it('ignores invalid values', () => {
    const s = viewStateFromQuery(
      'depth=99&color=neon&hideN=person|bogus&hideE=NOPE&path=a&lang=fr&from=2024-13-45&to=soon',
    );
    expect(s.dateFrom).toBeNull();
    expect(s.dateTo).toBeNull();
    expect(s.keepUndated).toBe(true);
    expect(s.depth).toBe(5);
    expect(s.colorMode).toBe('type');
    expect(s.hiddenNodeTypes).toEqual(['person']);
    expect(s.hiddenEdgeTypes).toEqual([]);
    expect(s.path).toBeNull();
    expect(s.lang).toBe('zh');
  });
  it('sanitizes keys the graph does not have', () => {
    const s = {
      ...defaultViewState(),
      selected: 'x',
      focus: 'a',
      path: ['a', 'x'] as [string, string],
      expanded: ['a', 'x'],
      picked: ['x', 'a'],
    };
    const clean = sanitizeViewState(s, (k) => k === 'a');
    expect(clean).toMatchObject({
      selected: null,
      focus: 'a',
      path: null,
      expanded: ['a'],
      picked: ['a'],
    });
  });
});
