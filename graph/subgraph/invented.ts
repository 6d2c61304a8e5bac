/**
 * A small invented graph for selection tests (names made up): a park run by its committee,
 * whose director holds a post; a city hub with many districts; one article mentioning all.
 */
import { createTupuGraph, type TupuGraph } from '../json/index.ts';
import { edgeKey, nodeKey, type EdgeType, type NodeType } from '../schema.ts';

export const PARK = nodeKey('park', '青禾科技园');
export const COMMITTEE = nodeKey('organization', '青禾科技园管委会');
export const DIRECTOR_POST = nodeKey('post', '青禾科技园管委会主任');
export const DIRECTOR = nodeKey('person', '祁远航');
export const CITY = nodeKey('district', '东州市');
export const HOME_DISTRICT = nodeKey('district', '北湾区');
export const INDUSTRY = nodeKey('industry', '低空经济');
export const ARTICLE = nodeKey('article', '东州日报-1');
export const STRANGER = nodeKey('person', '庞少青');

export function inventedGraph(otherDistricts = 14): TupuGraph {
  const g = createTupuGraph();
  const node = (key: string) => {
    const [type, label] = key.split(':') as [NodeType, string];
    g.addNode(key, { type, label });
  };
  const edge = (type: EdgeType, s: string, t: string, sentence = `${s}与${t}。`) =>
    g.addEdgeWithKey(edgeKey(type, s, t), s, t, {
      type,
      evidence: [{ article: ARTICLE, sentence }],
    });
  for (const k of [
    PARK,
    COMMITTEE,
    DIRECTOR_POST,
    DIRECTOR,
    CITY,
    HOME_DISTRICT,
    INDUSTRY,
    ARTICLE,
    STRANGER,
  ])
    node(k);
  edge('RUNS', COMMITTEE, PARK);
  edge('POST_IN', DIRECTOR_POST, COMMITTEE);
  edge('HOLDS', DIRECTOR, DIRECTOR_POST);
  edge('LOCATED_IN', PARK, HOME_DISTRICT);
  edge('LOCATED_IN', HOME_DISTRICT, CITY);
  edge('FOCUSES_ON', PARK, INDUSTRY);
  for (let i = 0; i < otherDistricts; i++) {
    const d = nodeKey('district', `第${i}区`);
    node(d);
    edge('LOCATED_IN', d, CITY);
  }
  // The article mentions the park and a stranger: a walk through it would reach him.
  for (const k of [PARK, STRANGER, CITY]) edge('MENTIONS', ARTICLE, k);
  return g;
}
