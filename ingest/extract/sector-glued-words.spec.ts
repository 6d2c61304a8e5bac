/**
 * Words glued before a sector that are no part of it (issue 13, lthings54-l: junk and duplicate
 * sectors of twenty fresh local pages; invented sentences): a number's unit (500亿食品饮料), the
 * 化 of a verb (规范化生物医药), a verb (建强产业链), a rank (标杆汽车), a zone before a list item
 * (经开区健康食品), and a sector and its processing printed in one story (健康食品加工).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('a word glued before a sector', () => {
  it("leaves a number's unit out (500亿食品饮料)", () => {
    expect(industries('东岭聚焦建设300亿食品饮料产业集群目标。')).toEqual(['食品饮料']);
  });
  it('leaves the 化 of a verb out with the verb (规范化生物医药)', () => {
    expect(industries('东岭规划建设规范化生物医药产业园。')).toEqual(['生物医药']);
  });
  it('takes a verb before the chain for no sector (建强产业链)', () => {
    expect(industries('项目将有力促进东岭建强产业链条。')).toEqual([]);
  });
  it('leaves a rank out (标杆汽车)', () => {
    expect(industries('项目定位为全省的标杆汽车产业综合体。')).not.toContain('标杆汽车');
  });
  it('leaves a zone before a list item out (经开区健康食品)', () => {
    expect(industries('届时，经开区健康食品、生物医药产业两大主导产业将达百亿。')).toEqual([
      '健康食品',
      '生物医药',
    ]);
  });
});

describe('a sector and its processing in one story', () => {
  it('are one sector (健康食品 and 健康食品加工)', () => {
    const found = industries(
      '东岭经开区健康食品加工和生物医药两大主导产业增长。东岭将建设健康食品产业园。',
    );
    expect(found).toContain('健康食品加工');
    expect(found).not.toContain('健康食品');
  });
});
