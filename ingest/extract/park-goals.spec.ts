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
