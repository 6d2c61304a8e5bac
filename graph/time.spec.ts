import { describe, expect, it } from 'vitest';
import { createTupuGraph } from './json/index.ts';
import { currentHolders, holdersOf, tenureOf } from './time.ts';

/** Invented: a district head post held by three people over three years of articles. */
function graph() {
  const g = createTupuGraph();
  const post = 'post:南河区区长';
  g.addNode(post, { type: 'post', label: '南河区区长' });
  const dates: Record<string, string> = {
    a1: '2023-03-01',
    a2: '2024-06-10',
    a3: '2025-09-02',
    a4: '2025-01-15',
  };
  for (const [a, date] of Object.entries(dates))
    g.addNode(`article:${a}`, { type: 'article', label: a, date });
  const hold = (person: string, articles: string[], former = false) => {
    g.addNode(person, { type: 'person', label: person.slice(7) });
    g.addEdgeWithKey(`HOLDS:${person}->${post}`, person, post, {
      type: 'HOLDS',
      former,
      evidence: articles.map((a) => ({
        article: `article:${a}`,
        sentence: `${person}任南河区区长。`,
      })),
    });
  };
  hold('person:钟立', ['a2', 'a1'], true);
  hold('person:韩松', ['a3', 'a4']);
  hold('person:白露', []);
  return { g, post };
}

describe('time from evidence', () => {
  it('dates a holding by its first and last article', () => {
    const { g } = graph();
    expect(tenureOf(g, 'HOLDS:person:韩松->post:南河区区长')).toMatchObject({
      firstSeen: '2025-01-15',
      lastSeen: '2025-09-02',
      former: false,
    });
  });
  it('lists holders in time order, undated last; the current holder is the latest seen', () => {
    const { g, post } = graph();
    expect(holdersOf(g, post).map((t) => t.holder)).toEqual([
      'person:钟立',
      'person:韩松',
      'person:白露',
    ]);
    const now = currentHolders(g, post)!;
    expect(now.asOf).toBe('2025-09-02');
    expect(now.holders.map((t) => t.holder)).toEqual(['person:韩松']);
  });
  it('a former holder seen later is not the current one', () => {
    const { g, post } = graph();
    g.addNode('article:a5', { type: 'article', label: 'a5', date: '2026-01-01' });
    g.updateEdgeAttribute('HOLDS:person:钟立->post:南河区区长', 'evidence', (ev) => [
      ...(ev ?? []),
      { article: 'article:a5', sentence: '原南河区区长钟立。' },
    ]);
    expect(currentHolders(g, post)!.holders.map((t) => t.holder)).toEqual(['person:韩松']);
  });
});
