import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { toRenderGraph } from '../appearance/index.ts';
import { loadLayout, saveLayout, settleLayout, settleSteps, type KeyValueStore } from './index.ts';

function memoryStore(limit = Infinity): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('layout', () => {
  it('settles a small graph deterministically and saves/reloads positions', () => {
    const a = toRenderGraph(loadFixture());
    const b = toRenderGraph(loadFixture());
    settleLayout(a);
    settleLayout(b);
    expect(a.getNodeAttributes('person:于会文').x).toBe(b.getNodeAttributes('person:于会文').x);
    const store = memoryStore();
    expect(saveLayout(store, a)).not.toBeNull();
    const positions = loadLayout(store, a.nodes())!;
    const yu = a.getNodeAttributes('person:于会文');
    expect(positions.get('person:于会文')!.x).toBeCloseTo(yu.x, 1);
  });
  it('ignores layouts of another node set and survives quota errors', () => {
    const a = toRenderGraph(loadFixture());
    const store = memoryStore();
    saveLayout(store, a);
    expect(loadLayout(store, [...a.nodes(), 'person:新人'])).toBeNull();
    expect(saveLayout(memoryStore(10), a)).toBeNull();
  });
  it('settles in steps, reporting progress, the same way every time', () => {
    const a = toRenderGraph(loadFixture());
    const b = toRenderGraph(loadFixture());
    const before = a.mapNodes((_k, n) => [n.x, n.y]);
    expect([...settleSteps(a, 12, 5)]).toEqual([5, 10, 12]);
    [...settleSteps(b, 12, 5)];
    expect(a.mapNodes((_k, n) => [n.x, n.y])).toEqual(b.mapNodes((_k, n) => [n.x, n.y]));
    expect(a.mapNodes((_k, n) => [n.x, n.y])).not.toEqual(before);
  });
});
