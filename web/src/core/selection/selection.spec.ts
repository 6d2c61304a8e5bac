import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/fixtures/web/load.ts';
import { syntheticGraph } from '../../../../tests/fixtures/web/synthetic.ts';
import { collapseScope, egoNetwork, expandScope, shortestPath } from './index.ts';

const g = loadFixture();
const YU = 'person:于会文';
const WU = 'person:吴道藩';
const noArticles = (k: string) => g.getNodeAttribute(k, 'type') !== 'article';

describe('ego networks', () => {
  it('grows with depth, both edge directions', () => {
    expect(egoNetwork(g, YU, 0)).toEqual(new Set([YU]));
    const one = egoNetwork(g, YU, 1, noArticles);
    expect([...one].sort()).toEqual(
      [YU, 'district:渝北区', 'post:市人大代表', 'post:渝北区委书记'].sort(),
    );
    const two = egoNetwork(g, YU, 2, noArticles);
    expect(two.has(WU)).toBe(true);
    expect(two.has('organization:渝北区委')).toBe(true);
  });
  it('respects predicates and unknown centres', () => {
    expect(egoNetwork(g, 'person:nobody', 2).size).toBe(0);
    const onlyHolds = egoNetwork(
      g,
      YU,
      3,
      noArticles,
      (e) => g.getEdgeAttribute(e, 'type') === 'HOLDS',
    );
    expect(
      [...onlyHolds].every((k) => ['person', 'post'].includes(g.getNodeAttribute(k, 'type'))),
    ).toBe(true);
  });
});

describe('expand and collapse', () => {
  it('expand adds neighbours, collapse removes leaves hanging only on the node', () => {
    const scope = new Set([YU]);
    expandScope(g, scope, ['post:渝北区委书记'], noArticles);
    expect(scope.has('organization:渝北区委')).toBe(true);
    const scope2 = egoNetwork(g, YU, 1, noArticles);
    collapseScope(g, scope2, [YU], new Set([YU]));
    expect([...scope2]).toEqual([YU]);
  });
});

describe('shortest path', () => {
  it('finds a path between two people ignoring direction', () => {
    const path = shortestPath(g, YU, WU, noArticles);
    expect(path?.nodes).toEqual([YU, 'post:市人大代表', WU]);
    expect(path?.hops).toEqual([
      ['HOLDS:person:于会文->post:市人大代表'],
      ['HOLDS:person:吴道藩->post:市人大代表'],
    ]);
  });
  it('goes through articles when allowed, and returns null when cut', () => {
    expect(shortestPath(g, 'person:张洪铭', 'person:于会文')?.nodes.length).toBe(3);
    const cut = shortestPath(
      g,
      YU,
      WU,
      noArticles,
      (e) => g.getEdgeAttribute(e, 'type') !== 'HOLDS',
    );
    expect(cut).toBeNull();
    expect(shortestPath(g, YU, YU)).toEqual({ nodes: [YU], hops: [] });
  });
  it('runs on a seeded synthetic graph', () => {
    const s = syntheticGraph({ nodes: 2000, edges: 8000, seed: 7 });
    const keys = s.nodes();
    const path = shortestPath(s, keys[0]!, keys[1999]!);
    expect(path).not.toBeNull();
    expect(path!.hops.every((h) => h.length > 0)).toBe(true);
  });
});
