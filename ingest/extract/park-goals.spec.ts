/**
 * A park's name listed among a counted set of goals is a positioning, no park; 充分发挥 before a
 * bare 开发区 is a clause's verb (blocal-f).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

describe('a name among counted goals', () => {
  it('is no park', () => {
    expect(
      entityNames(
        '全县加快实现建设江州东部新兴产业基地、区域物流中心和生态宜居城市“三大目标”。',
        'park',
      ),
    ).toEqual([]);
  });
  it('stays a park when no counted goal follows', () => {
    expect(entityNames('全县加快建设江州东部新兴产业基地和区域物流中心。', 'park')).toEqual([
      '江州东部新兴产业基地',
    ]);
  });
});

describe('充分发挥 before a zone', () => {
  it('is a verb, and the bare 开发区 left names no park', () => {
    expect(
      entityNames('会议强调，充分发挥开发区经济建设主战场作用，全力以赴稳增长。', 'park'),
    ).toEqual([]);
  });
  it('is cut before a named zone', () => {
    expect(entityNames('要充分发挥江州经济开发区的带动作用。', 'park')).toEqual(['江州经济开发区']);
  });
});

describe('a park’s name in quotes as a title it holds or a goal (blocal-j, stop 48)', () => {
  it('is no park after 是 or another quote, nor before 目标', () => {
    expect(
      entityNames('东岭县产业集聚区是“江州省二星级产业集聚区”“十快产业集聚区”。', 'park'),
    ).toEqual(['东岭县产业集聚区']);
    expect(entityNames('围绕打造“全国最具竞争力的硅材料产业基地”目标，', 'park')).toEqual([]);
  });
  it('stays a park quoted as a name in running text', () => {
    expect(entityNames('东岭县“江州高新区”建设提速。', 'park')).toEqual(['江州高新区']);
  });
});
