import { describe, expect, it } from 'vitest';
import { mergePicked, nodesInLasso, travel } from './lasso.ts';

const at = (x: number, y: number) => ({ x, y });

describe('lasso', () => {
  const nodes: Array<[string, { x: number; y: number }]> = [
    ['a', at(10, 10)],
    ['b', at(90, 10)],
    ['c', at(50, 80)],
    ['d', at(200, 200)],
  ];
  it('a rectangle keeps the nodes inside it', () => {
    const rect = [at(0, 0), at(100, 0), at(100, 50), at(0, 50)];
    expect(nodesInLasso(rect, nodes)).toEqual(['a', 'b']);
  });
  it('a triangle leaves out a node inside its bounding box but outside the shape', () => {
    // b lies in the box 0..100 x 0..100 but right of the edge from (0,0) to (60,100).
    const triangle = [at(0, 0), at(60, 100), at(0, 100)];
    expect(
      nodesInLasso(triangle, [['b', at(90, 10)], ...nodes.slice(0, 1), ['e', at(5, 90)]]),
    ).toEqual(['e']);
  });
  it('a path of fewer than three points encloses nothing', () => {
    expect(nodesInLasso([at(0, 0), at(100, 100)], nodes)).toEqual([]);
  });
  it('measures travel and merges with the picked set when adding', () => {
    expect(travel([at(0, 0), at(3, 4), at(3, 10)])).toBe(11);
    expect(mergePicked(['a', 'b'], ['b', 'c'], true)).toEqual(['a', 'b', 'c']);
    expect(mergePicked(['a', 'b'], ['c'], false)).toEqual(['c']);
  });
});
