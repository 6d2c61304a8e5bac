/**
 * Industries, industries25 (issue 13; invented sentences): a city cluster's joined short forms in
 * front (广深莞), a slogan's verb of founding closing the phrase (筑基) and the traditional consumer
 * goods.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const sectors = (text: string) => entityNames(text, 'industry');

describe('sectors, industries25', () => {
  it('cuts a city cluster in front and keeps no bare 科技', () => {
    expect(sectors('东岭县抢抓广深莞科技产业外溢的机遇，引进一批项目。')).toEqual([]);
    expect(sectors('长株潭汽车产业加快集聚。')).toEqual(['汽车制造业']);
  });
  it('takes a slogan closed by a verb of founding for no sector', () => {
    expect(sectors('论坛以“算力筑基产业升级”为主题。')).toEqual([]);
  });
  it('reads the traditional consumer goods as the consumer-goods industry', () => {
    expect(sectors('东岭市的促消费活动涵盖传统消费品、家电、家居等多个领域。')).not.toContain(
      '传统消费品',
    );
    expect(sectors('东岭市的促消费活动涵盖传统消费品、家电、家居等多个领域。')).toContain(
      '消费品工业',
    );
  });
});

describe('sectors, industries25: a park named for two countries', () => {
  it('takes a city and a pair of countries (沈阳中德 of a park) for no sector', () => {
    expect(sectors('在辽宁东岭中德产业园，装备制造、新能源企业正加紧生产。')).not.toContain('中德');
    expect(sectors('在辽宁东岭中德产业园，装备制造、新能源企业正加紧生产。')).not.toContain(
      '东岭中德',
    );
  });
});
