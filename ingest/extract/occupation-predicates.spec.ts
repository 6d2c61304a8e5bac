/**
 * After an occupation: a common word opening the "name" is the predicate (航天员利用…), and an
 * honour received (劳动奖章获得者) introduces a person as an occupation does (blind cctv27b).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a common word after an occupation', () => {
  it('is the predicate under a surname the counts do not vouch for', () => {
    expect(people('航天员利用脑电采集设备进行在轨测试。')).toEqual([]);
  });
  it('leaves names under a sure surname, or with no common word, people', () => {
    expect(people('村民张扬帆说，今年收成好。')).toEqual(['张扬帆']);
    expect(people('村民利华说，今年收成好。')).toEqual(['利华']);
  });
});

describe('an honour received before a name (获得者, 得主)', () => {
  it('introduces the person', () => {
    expect(people('全国劳动奖章获得者苗青山，是某农科所的研究员。')).toEqual(['苗青山']);
  });
  it('is no name of its own', () => {
    expect(people('奖章获得者代表发言。')).toEqual([]);
  });
});
