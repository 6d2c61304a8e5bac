/** Parks across articles and within one: one park, one node (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';
import { isSamePark } from './parks.ts';

const article = inventedArticle;
const parks = (texts: string[]) => {
  const g = buildGraph(texts.map((t, i) => article(`a${i}`, t)));
  return g
    .filterNodes((_, a) => a.type === 'park')
    .map((k) => g.getNodeAttribute(k, 'label'))
    .sort();
};

describe('one park, one node', () => {
  it('knows the short forms of zone words behind a place', () => {
    expect(isSamePark('巴南综保区', '重庆巴南综合保税区')).toBe(true);
    expect(isSamePark('东湖高新区', '武汉东湖新技术开发区')).toBe(true);
    expect(isSamePark('港城园区', '重庆港城工业园区')).toBe(true);
    expect(isSamePark('巴南综保区', '江津综合保税区')).toBe(false);
    // Two places in front: two parks, whatever follows.
    expect(isSamePark('上海自贸试验区', '福建自贸试验区厦门片区')).toBe(false);
  });
  it('merges them across articles', () => {
    expect(parks(['重庆巴南综合保税区新增企业。', '巴南综保区进出口增长。'])).toEqual([
      '重庆巴南综合保税区',
    ]);
  });
  it('takes the end of a longer park name in the same story for that park', () => {
    expect(parks(['西海岸海工装备产业园开工。海工装备产业园已签约企业。'])).toEqual([
      '西海岸海工装备产业园',
    ]);
  });
  it('takes what is counted and a title given to a county for no park', () => {
    expect(parks(['全国建设70个安全应急装备产业特色园区。'])).toEqual([]);
    expect(parks(['全省推进共同富裕示范区建设。'])).toEqual([]);
    expect(parks(['该县获评国家慢性病综合防控示范区。'])).toEqual([]);
    expect(parks(['东岭高新技术产业开发区新落户企业30家。'])).toEqual(['东岭高新技术产业开发区']);
  });
  it('takes a park named by a quality or a verb for no park', () => {
    expect(parks(['当地规划建设零碳产业园区。'])).toEqual([]);
    expect(parks(['今年，新落户科学城的企业有30家。'])).toEqual([]);
  });
  it('cuts a verb in front of a park, and takes a first-of-its-kind or a title for no park', () => {
    expect(parks(['全力优化东岭深港科技创新合作区布局。'])).toEqual(['东岭深港科技创新合作区']);
    expect(parks(['这是湾区首个知识型综保区。'])).toEqual([]);
    expect(parks(['该省获批国家生态文明试验区。'])).toEqual([]);
  });
});

describe('a bare 开发区 after a zone’s own name (lthings54-l)', () => {
  it('is the story’s one economic zone of that name', () => {
    expect(parks(['金湾开发区与集团签约。漳州金湾经济开发区将建设两个产业园项目。'])).toEqual([
      '漳州金湾经济开发区',
    ]);
  });
  it('stays apart in another story, where the bare word says too little', () => {
    expect(parks(['漳州金湾经济开发区签约。', '金湾开发区开工。'])).toEqual([
      '漳州金湾经济开发区',
      '金湾开发区',
    ]);
  });
});

describe('a park printed by the city in its brackets (blocal-f)', () => {
  it('is the one park of the story, shortened', () => {
    expect(
      parks(['书记赴闽粤(汕州)海洋经济产业园调研。他指出，汕州海洋产业园要与周边同发展。']),
    ).toEqual(['闽粤(汕州)海洋经济产业园']);
  });
  it('stays apart in another story', () => {
    expect(parks(['书记赴闽粤(汕州)海洋经济产业园调研。', '汕州海洋产业园开工。'])).toEqual([
      '汕州海洋产业园',
      '闽粤(汕州)海洋经济产业园',
    ]);
  });
  it('takes a second name in brackets right after a park for the same zone', () => {
    expect(parks(['江州经济开发区(江州通航产业基地)管委会常务副主任刘一文参加调研。'])).toEqual([
      '江州经济开发区',
    ]);
  });
});
