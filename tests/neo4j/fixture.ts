/** A small hand-made tupu graph in the shape of docs/schema.md, with the awkward cases in it. */
import { createTupuGraph, type TupuGraph } from '../../graph/json/index.ts';
import { edgeKey, nodeKey, type EdgeAttributes, type NodeAttributes } from '../../graph/schema.ts';

const A1 = 'article:000_8574181c69006930#1';
const A2 = 'article:001_effacc59dcb62e4e#1';

function node(g: TupuGraph, attrs: NodeAttributes, key = nodeKey(attrs.type, attrs.label)): string {
  g.addNode(key, attrs);
  return key;
}

function edge(g: TupuGraph, s: string, t: string, attrs: EdgeAttributes, qualifier = ''): void {
  g.addEdgeWithKey(edgeKey(attrs.type, s, t, qualifier), s, t, attrs);
}

export function smallGraph(): TupuGraph {
  const g = createTupuGraph();
  g.setAttribute('name', 'fixture');
  const a1 = node(
    g,
    {
      type: 'article',
      label: '西永微电园集成电路产业发展',
      title: '西永微电园集成电路产业发展',
      file: '000_8574181c69006930.txt',
      date: '2024-05-06',
      chars: 1234,
    },
    A1,
  );
  const a2 = node(
    g,
    {
      type: 'article',
      label: '渝北区召开科技创新大会',
      title: '渝北区召开科技创新大会',
      file: '001_effacc59dcb62e4e.txt',
      chars: 987,
    },
    A2,
  );
  const zhang = node(g, {
    type: 'person',
    label: '张伟',
    pinyin: 'zhang wei',
    articles: [A1, A2],
    mentions: 3,
  });
  const li = node(g, {
    type: 'person',
    label: '李娜',
    pinyin: 'li na',
    articles: [A2],
    mentions: 1,
    aliases: [],
  });
  const post1 = node(g, {
    type: 'post',
    label: '渝北区委书记',
    role: '书记',
    organization: '渝北区委',
    articles: [A1],
    mentions: 1,
  });
  const post2 = node(g, {
    type: 'post',
    label: '市科技局副局长',
    role: '副局长',
    organization: '市科技局',
  });
  const org1 = node(g, { type: 'organization', label: '渝北区委', kind: '党委' });
  const org2 = node(g, {
    type: 'organization',
    label: '市科技局',
    kind: '政府部门',
    aliases: ['重庆市科技局', '市科学技术局'],
  });
  const yubei = node(g, {
    type: 'district',
    label: '渝北区',
    level: '区',
    parent: '重庆市',
    pinyin: 'yu bei qu',
    articles: [A1, A2],
    mentions: 5,
  });
  const cq = node(g, { type: 'district', label: '重庆市', level: '直辖市' });
  const park = node(g, {
    type: 'park',
    label: '西永微电园',
    district: '沙坪坝区',
    aliases: ['西永微电子产业园区', '西永微电园（综保区）', '西永微电园(综保区)'],
    pinyin: 'xi yong wei dian yuan',
  });
  const ic = node(g, { type: 'industry', label: '集成电路', pinyin: 'ji cheng dian lu' });
  const prog = node(g, { type: 'program', label: '"33618"现代制造业集群体系', kind: '体系' });
  // Attributes Neo4j cannot hold as properties: must survive the round trip via JSON.
  const odd = node(g, {
    type: 'program',
    label: '满天星行动',
    kind: '行动',
    extra: { since: 2023, tags: ['软件', 1] },
    nothing: null,
    key: 'shadowed',
    ratio: 0.25,
    years: [2023, 2024],
  });

  const ev1 = { article: A1, sentence: '张伟任渝北区委书记。' };
  const ev2 = { article: A2, sentence: '渝北区委书记张伟出席会议并讲话。' };
  edge(g, zhang, post1, { type: 'HOLDS', evidence: [ev1, ev2], asOf: '2024-05-06' });
  edge(g, li, post2, {
    type: 'HOLDS',
    evidence: [{ article: A2, sentence: '市科技局副局长李娜介绍情况。' }],
    former: true,
  });
  edge(g, post1, org1, { type: 'POST_IN', evidence: [ev1] });
  edge(g, post2, org2, { type: 'POST_IN', evidence: [] });
  edge(g, yubei, cq, {
    type: 'LOCATED_IN',
    evidence: [{ article: A2, sentence: '渝北区位于重庆市主城北部。' }],
  });
  edge(g, park, ic, {
    type: 'FOCUSES_ON',
    evidence: [{ article: A1, sentence: '西永微电园重点发展集成电路产业。' }],
  });
  edge(g, yubei, prog, {
    type: 'RUNS',
    evidence: [{ article: A2, sentence: '渝北区深入实施"33618"现代制造业集群体系。' }],
  });
  edge(g, org2, odd, {
    type: 'RUNS',
    evidence: [{ article: A2, sentence: '市科技局启动满天星行动。', page: 2 } as never],
    weight: [1, 'x'],
  });
  edge(g, zhang, ic, { type: 'SPOKE_ABOUT', evidence: [ev2] });
  edge(g, a1, zhang, { type: 'MENTIONS', evidence: [], count: 2 });
  edge(g, a2, zhang, { type: 'MENTIONS', evidence: [], count: 1 });
  edge(g, a2, li, { type: 'MENTIONS', evidence: [], count: 1 });
  edge(g, a1, park, { type: 'MENTIONS', evidence: [], count: 4 });
  edge(g, li, a2, { type: 'WROTE', evidence: [], role: '记者' });
  edge(g, li, a2, { type: 'WROTE', evidence: [], role: '摄影' }, '摄影');
  return g;
}
