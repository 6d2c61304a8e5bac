/** Hidden nodes (node menu "hide"), on the invented graph of graph/subgraph. */
import { describe, expect, it } from 'vitest';
import {
  CITY,
  DIRECTOR,
  HOME_DISTRICT,
  INDUSTRY,
  inventedGraph,
  PARK,
} from '../../../graph/subgraph/invented.ts';
import { defaultViewState } from '../core/state.ts';
import { deriveView } from './derived.ts';

describe('hidden nodes', () => {
  const g = inventedGraph(3);
  const base = defaultViewState();

  it('are not shown, nor their edges', () => {
    const v = deriveView(g, { ...base, hiddenNodes: [HOME_DISTRICT] }).visibility;
    expect(v.nodes!.has(HOME_DISTRICT)).toBe(false);
    expect(v.nodes!.has(PARK)).toBe(true);
    expect([...v.edges!].some((e) => g.extremities(e).includes(HOME_DISTRICT))).toBe(false);
  });

  it('paths go around them, or there is no path', () => {
    const path: [string, string] = [INDUSTRY, CITY];
    const open = deriveView(g, { ...base, path });
    expect(open.path?.nodes).toEqual([INDUSTRY, PARK, HOME_DISTRICT, CITY]);
    expect(deriveView(g, { ...base, path, hiddenNodes: [HOME_DISTRICT] }).path).toBeNull();
    const other = deriveView(g, { ...base, path: [DIRECTOR, CITY], hiddenNodes: [PARK] });
    expect(other.path).toBeNull();
  });
});
