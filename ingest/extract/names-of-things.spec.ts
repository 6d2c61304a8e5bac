/**
 * People (things48-a, issue 13): names by sight that are places or plants — a village, a railway's
 * section, a variety of flower beside another — and a cabinet list's 为 glued to a dotted name.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('names that are things (things48)', () => {
  it('takes four characters ending in 村 for a village', () => {
    expect(people('侦察兵到达受灾严重的李林水村，一名女孩急需转移救治。')).toEqual([]);
  });
  it('takes a section after a railway for the railway’s', () => {
    expect(people('年内将开通东岭高铁钱明段等3条线路。')).toEqual([]);
  });
  it('takes a variety beside another of the same flower for a plant', () => {
    expect(people('公园里，早樱、钟花樱等次第开放。')).toEqual([]);
  });
  it('cuts 为 from a dotted name in a cabinet list', () => {
    expect(people('新首相随后组建内阁，其中安娜·雷纳为副首相，戴维·米勒为外交大臣。')).toEqual([
      '安娜·雷纳',
      '戴维·米勒',
    ]);
  });
  it('gives a mayor after 兼 the city printed before the title', () => {
    const text = '吉尔吉斯斯坦总统扎帕罗夫率议会议长兼比什凯克市长图尔达利耶夫出席。';
    expect(holdsOf(text)).toContain('图尔达利耶夫|比什凯克市长');
  });
});
