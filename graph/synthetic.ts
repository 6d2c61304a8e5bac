/**
 * A seeded synthetic tupu graph for benchmarks and load tests, shaped like ingested news:
 * blocks of 1,250 nodes (a cluster of articles and the people, posts, places and programs
 * they mention) with 3,750 edges each; block 0 has only edges inside itself, later blocks
 * send a tenth of their edges to earlier blocks. So block 0 is a self-contained 5k slice.
 * In graph/ (not only tests/kit) because the local server's bulk warm-up imports one
 * (./neo4j/warm-bulk.ts): it must exercise the code a real load of news runs.
 */
import { createTupuGraph, type TupuGraph } from './json/index.ts';
import {
  edgeKey,
  NODE_TYPES,
  nodeKey,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
} from './schema.ts';
import { seededRandom } from './random.ts';

export const BLOCK_NODES = 1_250;
export const BLOCK_EDGES = 3_750;

const PER_BLOCK: [NodeType, number][] = [
  ['article', 125],
  ['person', 250],
  ['post', 250],
  ['organization', 175],
  ['district', 50],
  ['park', 50],
  ['industry', 50],
  ['program', 300],
];

/** Every type but article, in schema order. */
const ENTITY: NodeType[] = NODE_TYPES.filter((t) => t !== 'article');
const EDGE_MIX: [EdgeType, number, NodeType[], NodeType[]][] = [
  ['MENTIONS', 40, ['article'], ENTITY],
  ['HOLDS', 10, ['person'], ['post']],
  ['POST_IN', 8, ['post'], ['organization']],
  ['LOCATED_IN', 8, ['organization', 'park', 'district'], ['district']],
  ['FOCUSES_ON', 10, ['park', 'district', 'organization'], ['industry']],
  ['RUNS', 10, ['organization', 'district', 'park'], ['program']],
  ['SPOKE_ABOUT', 9, ['person'], ENTITY],
  ['WROTE', 5, ['person'], ['article']],
];

const HANZI =
  '重庆渝北两江新区科技创新产业园区集成电路智能网联汽车生物医药数字经济发展建设推进项目会议书记局长主任委员';
const SYLLABLES = [
  'zhong',
  'qing',
  'yu',
  'bei',
  'liang',
  'jiang',
  'xin',
  'qu',
  'ke',
  'ji',
  'chuang',
  'chan',
  'ye',
];

export interface SyntheticOptions {
  blocks: number;
  seed?: number;
}

export function syntheticGraph({ blocks, seed = 42 }: SyntheticOptions): TupuGraph {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const text = (n: number) => Array.from({ length: n }, () => pick([...HANZI])).join('');
  const graph = createTupuGraph();
  const byBlock: Map<NodeType, string[]>[] = [];
  for (let b = 0; b < blocks; b++) byBlock.push(addBlockNodes(graph, b, random, pick, text));
  for (let b = 0; b < blocks; b++) addBlockEdges(graph, b, byBlock, random, pick, text);
  return graph;
}

function addBlockNodes(
  graph: TupuGraph,
  block: number,
  random: () => number,
  pick: <T>(xs: readonly T[]) => T,
  text: (n: number) => string,
): Map<NodeType, string[]> {
  const keys = new Map<NodeType, string[]>();
  const articles: string[] = [];
  for (const [type, n] of PER_BLOCK) {
    const list: string[] = [];
    for (let i = 0; i < n; i++) {
      const label = `${text(4)}${block}-${i}`;
      const attrs: NodeAttributes = { type, label };
      if (type === 'article') {
        Object.assign(attrs, {
          title: `${text(12)}`,
          file: `${block}_${i}.txt`,
          chars: 500 + Math.floor(random() * 3000),
        });
        if (random() < 0.8)
          attrs.date = `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      } else {
        attrs.pinyin = Array.from({ length: 3 }, () => pick(SYLLABLES)).join(' ');
        attrs.articles = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(articles));
        attrs.articles = [...new Set(attrs.articles)];
        attrs.mentions = attrs.articles.length + Math.floor(random() * 5);
        if (random() < 0.2) attrs.aliases = [`${label}（${text(2)}）`];
        if (type === 'post')
          Object.assign(attrs, {
            role: pick(['书记', '局长', '副局长', '主任']),
            organization: text(4),
          });
      }
      const key = nodeKey(type, label);
      graph.addNode(key, attrs);
      list.push(key);
      if (type === 'article') articles.push(key);
    }
    keys.set(type, list);
  }
  return keys;
}

function addBlockEdges(
  graph: TupuGraph,
  block: number,
  byBlock: Map<NodeType, string[]>[],
  random: () => number,
  pick: <T>(xs: readonly T[]) => T,
  text: (n: number) => string,
): void {
  const total = EDGE_MIX.reduce((n, [, w]) => n + w, 0);
  const articles = byBlock[block]!.get('article')!;
  let added = 0;
  while (added < BLOCK_EDGES) {
    let r = random() * total;
    const [type, , from, to] = EDGE_MIX.find(([, w]) => (r -= w) < 0) ?? EDGE_MIX[0]!;
    const targetBlock = block > 0 && random() < 0.1 ? Math.floor(random() * block) : block;
    const source = pick(byBlock[block]!.get(pick(from))!);
    const target = pick(byBlock[targetBlock]!.get(pick(to))!);
    const key = edgeKey(type, source, target);
    if (source === target || graph.hasEdge(key)) continue;
    const attrs: EdgeAttributes = { type, evidence: [] };
    // As ingest writes them: every edge has its evidence (the seeds: none with an empty list);
    // a mention's is the sentence of the article that mentions.
    if (type === 'MENTIONS') {
      attrs.count = 1 + Math.floor(random() * 6);
      attrs.evidence.push({ article: source, sentence: `${text(30)}。` });
    } else if (type === 'WROTE') {
      attrs.role = pick(['记者', '摄影', '通讯员']);
      attrs.evidence.push({ article: target, sentence: `${text(12)}。` });
    } else {
      const n = 1 + Math.floor(random() * 2);
      for (let i = 0; i < n; i++)
        attrs.evidence.push({ article: pick(articles), sentence: `${text(30)}。` });
      if (type === 'HOLDS' && random() < 0.2) attrs.former = true;
    }
    graph.addEdgeWithKey(key, source, target, attrs);
    added++;
  }
}
