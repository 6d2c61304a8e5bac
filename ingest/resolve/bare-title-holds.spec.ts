/** A bare title beside a leader in a story that names no office of his (invented articles). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { ingestPaths } from '../index.ts';
import { inventedArticle as article } from '../../tests/kit/articles.ts';

/** `person|post|article` for each HOLDS evidence, and each post's aliases. */
const holds = (articles: ArticleRecord[]) => {
  const g = buildGraph(articles);
  const pairs = g
    .filterEdges((_, e) => e.type === 'HOLDS')
    .flatMap((k) =>
      g
        .getEdgeAttributes(k)
        .evidence.map(
          (ev) =>
            `${g.getNodeAttributes(g.source(k)).label}|${g.getNodeAttributes(g.target(k)).label}|${ev.article}`,
        ),
    )
    .sort();
  const alias = (post: string) =>
    g.hasNode(`post:${post}`) ? (g.getNodeAttribute(`post:${post}`, 'aliases') ?? []) : [];
  return { pairs, alias };
};

describe('bare title beside a leader, office named in another story', () => {
  it('pairs him with his one office of that role, under the bare title', () => {
    const { pairs, alias } = holds([
      article('a', '某国总统王大明当天在首都会见来访代表团。'),
      article('b', '王大明总统表示，愿同各方加强合作。'),
    ]);
    expect(pairs).toContain('王大明|某国总统|b');
    expect(alias('某国总统')).toContain('总统');
  });
  it('takes the first of two offices of that role his chain of titles lists', () => {
    const { pairs } = holds([
      article('a', '中共中央总书记、国家主席、中央军委主席王大明会见了来访代表团。'),
      article('b', '王大明主席提出的倡议，得到各方积极响应。'),
    ]);
    expect(pairs).toContain('王大明|国家主席|b');
    expect(pairs).not.toContain('王大明|中央军委主席|b');
  });
  it('gives no pair in a story printing the body of his other office', () => {
    const { pairs } = holds([
      article('a', '中共中央总书记、国家主席、中央军委主席王大明会见了来访代表团。'),
      article('b', '中央军委印发通知。王大明主席强调，全军要加强实战化训练。'),
    ]);
    expect(pairs.filter((p) => p.endsWith('|b'))).toEqual([]);
  });
  it('gives no pair when two offices of that role are never printed in one chain', () => {
    const { pairs } = holds([
      article('a', '国家主席王大明会见了来访代表团。'),
      article('c', '中央军委主席王大明签署命令，发布新条例。'),
      article('b', '王大明主席提出的倡议，得到各方积极响应。'),
    ]);
    expect(pairs.filter((p) => p.endsWith('|b'))).toEqual([]);
  });
  it('gives no pair when the corpus names no office of that role', () => {
    const { pairs } = holds([
      article('a', '某市市长王大明当天调研企业。'),
      article('b', '王大明总统表示，愿同各方加强合作。'),
    ]);
    expect(pairs.filter((p) => p.endsWith('|b'))).toEqual([]);
  });
  it('gives a head title no Chinese official bears the office of the one state the story names', () => {
    const { pairs, alias } = holds([
      article('b', '王大明会见芬兰议长。王大明表示，去年双方同来华访问的斯图韦总统举行会谈。'),
    ]);
    expect(pairs).toContain('斯图韦|芬兰总统|b');
    expect(alias('芬兰总统')).toContain('总统');
  });
  it('gives the one named state a title China’s holder shares beside him in the story (总书记同某某总书记)', () => {
    const { pairs, alias } = holds([
      article('a', '中共中央总书记、国家主席王大明会见了来访代表团。'),
      article('b', '周立会见老挝代表团时说，王大明总书记同林通伦总书记举行了会谈。'),
    ]);
    expect(pairs).toContain('林通伦|老挝总书记|b');
    expect(alias('老挝总书记')).toContain('总书记');
    expect(pairs).not.toContain('王大明|老挝总书记|b');
  });
  it('gives no state office to a shared title in a story of a bloc (中欧: the head may be the bloc’s)', () => {
    const { pairs } = holds([
      article('a', '中共中央总书记、国家主席王大明会见了来访代表团。'),
      article('b', '周立说，美国加征关税。年初，王大明主席同斯托斯主席通话，为中欧关系指明方向。'),
    ]);
    expect(pairs.filter((p) => p.startsWith('斯托斯'))).toEqual([]);
  });
  it('gives no state office when the story names two states', () => {
    const { pairs } = holds([
      article('b', '王大明会见芬兰议长。冰岛代表与会。双方同来华访问的斯图韦总统举行会谈。'),
    ]);
    expect(pairs.filter((p) => p.startsWith('斯图韦'))).toEqual([]);
  });
  it('reads no address in 主席团 (a presidium)', () => {
    const { pairs } = holds([
      article('a', '国家主席王大明会见了来访代表团。'),
      article('b', '大会选举王大明主席团常务主席。'),
    ]);
    expect(pairs.filter((p) => p.includes('国家主席|b'))).toEqual([]);
  });
});

describe('bare title holds without article text (--no-text)', () => {
  it('gives the same pair: the facts of a graph do not depend on keeping the text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-bare-'));
    await writeFile(join(dir, 'a.txt'), '会见\n某国总统王大明当天在首都会见来访代表团。');
    await writeFile(join(dir, 'b.txt'), '表示\n王大明总统表示，愿同各方加强合作。');
    const { graph } = await ingestPaths([dir], { articleText: false });
    const articles = graph
      .edges('person:王大明', 'post:某国总统')
      .flatMap((k) => graph.getEdgeAttributes(k).evidence.map((e) => e.article));
    const b = articles.find((k) => k.endsWith('/b#1'));
    expect(b).toBeDefined();
    expect(graph.getNodeAttribute(b!, 'text')).toBeUndefined();
  });
});
