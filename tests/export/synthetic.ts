/** Seeded synthetic tupu graphs with awkward strings, for format and layout tests. */
import { createTupuGraph, type TupuGraph } from '../../graph/json/index.ts';
import { edgeKey, NODE_TYPES, nodeKey, type EdgeType, type NodeType } from '../../graph/schema.ts';
import { seededRandom } from '../../graph/random.ts';

const NASTY = [
  '渝北区',
  '"33618"现代制造业集群体系',
  "O'Brien & Sons <Ltd>",
  'back\\slash',
  '逗号,分号;竖线|',
  'line\nbreak',
  'tab\there',
  '  leading space',
  '`backtick` {brace}',
  '（全角括号）(half)',
  'emoji 🚀 ok',
  '=SUM(A1)',
];

const EDGE_RULES: Array<[EdgeType, NodeType, NodeType]> = [
  ['HOLDS', 'person', 'post'],
  ['POST_IN', 'post', 'organization'],
  ['LOCATED_IN', 'organization', 'district'],
  ['LOCATED_IN', 'park', 'district'],
  ['FOCUSES_ON', 'park', 'industry'],
  ['RUNS', 'district', 'program'],
  ['SPOKE_ABOUT', 'person', 'industry'],
  ['MENTIONS', 'article', 'person'],
];

const TYPES: readonly NodeType[] = NODE_TYPES;

export function syntheticGraph(nodes = 60, edges = 120, seed = 7): TupuGraph {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const g = createTupuGraph();
  g.setAttribute('name', 'synthetic');
  const byType = new Map<NodeType, string[]>(TYPES.map((t) => [t, []]));
  for (let i = 0; i < nodes; i++) {
    const type = TYPES[i % TYPES.length]!;
    const name = `${pick(NASTY)}#${i}`;
    const key = nodeKey(type, name);
    g.addNode(key, {
      type,
      label: name,
      aliases: [`别名${i}`, pick(NASTY)],
      pinyin: `p ${i}`,
      mentions: Math.floor(rnd() * 9),
      ...(type === 'article'
        ? { title: `标题 ${name}`, file: `seeds/${i}.txt`, chars: 100 + i }
        : {}),
      ...(type === 'district' ? { level: '区', score: 0.5 + i } : {}),
    });
    byType.get(type)!.push(key);
  }
  const articles = byType.get('article')!;
  for (let i = 0; i < edges; i++) {
    const [type, from, to] = pick(EDGE_RULES);
    const [s, t] = [pick(byType.get(from)!), pick(byType.get(to)!)];
    const key = edgeKey(type, s, t, String(i));
    const evidence =
      type === 'MENTIONS'
        ? []
        : [{ article: pick(articles), sentence: `证据：${pick(NASTY)}，${i}。` }];
    g.addEdgeWithKey(key, s, t, {
      type,
      evidence,
      ...(type === 'MENTIONS' ? { count: 1 + (i % 3) } : {}),
      ...(type === 'HOLDS' ? { former: i % 2 === 0, asOf: '2024-01-0' + (1 + (i % 9)) } : {}),
    });
  }
  return g;
}
