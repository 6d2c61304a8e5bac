/** The one ego walk (CLI and explorer): articles skipped, hubs optional, types after the walk. */
import { describe, expect, it } from 'vitest';
import { egoKeys, hubThreshold, keepTypes } from './select.ts';
import { applySelection } from './spec.ts';
import {
  ARTICLE,
  CITY,
  COMMITTEE,
  DIRECTOR,
  DIRECTOR_POST,
  HOME_DISTRICT,
  INDUSTRY,
  inventedGraph,
  PARK,
  STRANGER,
} from './invented.ts';

const sorted = (s: Iterable<string>) => [...s].sort();

describe('egoKeys', () => {
  it('does not walk through articles unless asked', () => {
    const g = inventedGraph();
    const two = egoKeys(g, PARK, 2);
    expect(two.has(STRANGER)).toBe(false);
    expect(two.has(ARTICLE)).toBe(false);
    expect(two.has(DIRECTOR_POST)).toBe(true);
    expect(egoKeys(g, PARK, 2, { includeArticles: true }).has(STRANGER)).toBe(true);
    // An article as the focus is walked from.
    expect(sorted(egoKeys(g, ARTICLE, 1))).toEqual(sorted([ARTICLE, PARK, STRANGER, CITY]));
  });

  it('keeps hubs as leaves when asked', () => {
    const g = inventedGraph(14);
    expect(hubThreshold(g)).toBe(15); // the city: 14 districts + 北湾区
    const all = egoKeys(g, PARK, 3);
    expect(all.has('district:第3区')).toBe(true);
    const noHubs = egoKeys(g, PARK, 3, { skipHubs: true });
    expect(noHubs.has(CITY)).toBe(true);
    expect(noHubs.has('district:第3区')).toBe(false);
    // The focus is walked from even when it is a hub.
    expect(egoKeys(g, CITY, 1, { skipHubs: true }).has('district:第3区')).toBe(true);
  });

  it('follows only the allowed edges', () => {
    const g = inventedGraph();
    const noRuns = egoKeys(g, PARK, 3, { edgeOk: (e) => g.getEdgeAttribute(e, 'type') !== 'RUNS' });
    expect(noRuns.has(COMMITTEE)).toBe(false);
    expect(noRuns.has(INDUSTRY)).toBe(true);
  });

  it('filters types after the walk and always keeps the focus', () => {
    const g = inventedGraph();
    const keys = keepTypes(g, egoKeys(g, PARK, 3), ['person', 'post'], PARK);
    expect(sorted(keys)).toEqual(sorted([PARK, DIRECTOR, DIRECTOR_POST]));
  });

  it('is what `tupu export --ego --depth --types` selects', () => {
    const g = inventedGraph();
    const s = applySelection(g, { ego: '青禾科技园', depth: 3, types: ['person', 'post'] });
    expect(s.graph.nodes()).toEqual(sorted([PARK, DIRECTOR, DIRECTOR_POST]));
    expect(s.graph.edges()).toEqual([`HOLDS:${DIRECTOR}->${DIRECTOR_POST}`]);
    const hubs = applySelection(g, { ego: '青禾科技园', depth: 3, skipHubs: true });
    expect(hubs.graph.hasNode(CITY)).toBe(true);
    expect(hubs.graph.hasNode('district:第3区')).toBe(false);
    expect(hubs.graph.hasNode(HOME_DISTRICT)).toBe(true);
  });
});
