import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { syntheticGraph } from '../../../../tests/kit/synthetic.ts';
import { egoKeys } from '../../../../graph/subgraph/select.ts';
import { kShortestPaths } from '../../../../graph/subgraph/paths.ts';
import { collapseScope, expandScope } from './index.ts';

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

describe('paths on a big synthetic graph', () => {
  it('finds three distinct paths between far nodes', () => {
    const s = syntheticGraph({ nodes: 2000, edges: 8000, seed: 7 });
    const keys = s.nodes();
    const paths = kShortestPaths(s, keys[0]!, keys[1999]!, { k: 3, viaArticles: true });
    expect(paths).toHaveLength(3);
    expect(new Set(paths.map((p) => p.nodes.join())).size).toBe(3);
    expect(paths.every((p) => p.hops.every((h) => h.length > 0))).toBe(true);
    expect(paths[0]!.nodes.length).toBeLessThanOrEqual(paths[2]!.nodes.length);
  });
});
