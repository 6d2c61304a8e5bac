/** What is glued before a body in a post title is no part of its name (blocal-f, invented text). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const bodies = (text: string) => entityNames(text, 'organization');

describe('the organisation of a title with a clause glued before it', () => {
  it('drops a verb of passing on or studying before a level body', () => {
    expect(bodies('会议传达学习省委书记张一文同志关于全省工作的重要批示精神。')).toEqual([]);
  });
  it('keeps 学习贯彻 inside a body named by it', () => {
    expect(bodies('中央学习贯彻主题教育领导小组组长李四文出席。')).toEqual([
      '中央学习贯彻主题教育领导小组',
    ]);
  });
  it('drops those who speak for a side before a firm', () => {
    expect(bodies('签约企业代表江州市蜀光新能源科技有限公司总经理曾二文作了发言。')).toEqual([
      '江州市蜀光新能源科技有限公司',
    ]);
  });
  it('takes a bare 园区 for no body', () => {
    expect(bodies('座谈会上，园区主任邹三文汇报园区的发展优势。')).toEqual([]);
  });
});
