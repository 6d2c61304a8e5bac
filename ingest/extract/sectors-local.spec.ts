/** Sectors of local economic news (lthings44-a, issue 13): parks' names, chains, verbs, praise. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const sectors = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'industry')
    .map((e) => e.name)
    .sort();

describe('sectors of local news', () => {
  it('takes no sector from inside a park or a project named by its place', () => {
    expect(sectors('项目拟入驻中国（南岭）国际农产品加工产业园。')).toEqual([]);
    expect(sectors('该县洽谈达成东阳小商品产业创业园项目。')).toEqual([]);
    expect(sectors('最终建成科技智造产业园。')).toEqual([]);
  });
  it('takes the chain around a sector for no sector', () => {
    expect(sectors('加快太阳能光伏产业上下游产业项目招引。')).not.toContain('太阳能光伏产业上下游');
  });
  it('reads 太阳能光伏 as the 光伏 trade', () => {
    expect(sectors('以龙头企业带动太阳能光伏产业发展。')).toEqual(['光伏']);
  });
  it('takes praise and verbs before 产业 for no sector', () => {
    expect(sectors('全力招引一批优质产业项目，推动高质量产业发展。')).toEqual([]);
    expect(sectors('开启聚力科创、聚势产业的新一年。')).toEqual([]);
    expect(sectors('县委书记深入企业现场督导检查产业项目建设情况。')).toEqual([]);
  });
});
