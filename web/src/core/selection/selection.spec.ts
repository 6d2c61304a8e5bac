import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/fixtures/web/load.ts';
import { syntheticGraph } from '../../../../tests/fixtures/web/synthetic.ts';
import { egoKeys } from '../../../../graph/subgraph/select.ts';
import { collapseScope, expandScope, shortestPath } from './index.ts';

const g = loadFixture();
const YU = 'person:于会文';
const WU = 'person:吴道藩';
const noArticles = (k: string) => g.getNodeAttribute(k, 'type') !== 'article';

describe('expand and collapse', () => {
  it('expand adds neighbours, collapse removes leaves hanging only on the node', () => {
    const scope = new Set([YU]);
    expandScope(g, scope, ['post:渝北区委书记'], noArticles);
    expect(scope.has('organization:渝北区委')).toBe(true);
    const scope2 = egoKeys(g, YU, 1);
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
