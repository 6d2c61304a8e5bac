/**
 * pjunk59 (issue 13): titles that are a plan's notice, a guide, or a fair's call
 * (titled-programs.ts): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { entityNames, inventedArticle } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');
const nodes = (text: string) => {
  const g = buildGraph([inventedArticle('a', text)]);
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => [g.getNodeAttribute(k, 'label'), ...(g.getNodeAttribute(k, 'aliases') ?? [])]);
};

describe('titled programs', () => {
  it('reads the notice that issues a plan as the plan, one node with the plan printed bare', () => {
    const notice =
      '省政府办公厅近日印发《省政府办公厅关于印发东岭养老服务提质行动方案的通知》。' +
      '东岭养老服务提质行动方案提出十项举措。';
    expect(programs(notice)).toEqual(['东岭养老服务提质行动方案']);
    expect(nodes(notice)).toHaveLength(1);
    expect(programs('某部印发《关于印发〈东岭企业数据合规指引〉的通知》。')).toEqual([
      '东岭企业数据合规指引',
    ]);
  });
  it('keeps a compliance guide as a policy document (the development annotations keep 指引)', () => {
    expect(programs('市场监管总局发布《东岭经营者反垄断合规指引》。')).toEqual([
      '东岭经营者反垄断合规指引',
    ]);
  });
  it('leaves out the call a fair issues', () => {
    expect(programs('会上还发布了《第三届东岭国际贸易博览会西岭倡议》，呼吁各方合作。')).toEqual(
      [],
    );
  });
});
