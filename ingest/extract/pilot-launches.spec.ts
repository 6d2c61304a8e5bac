/**
 * A pilot whose work starts, printed subject first, is that pilot: the cities' pilot where pilot
 * cities are printed. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('pilots whose work starts', () => {
  it('reads the pilot of cities whose work is launched', () => {
    expect(
      programs(
        '全国小微企业绿色转型试点城市实施工作今天正式启动，东岭、西岭等20个市纳入首批试点。',
      ),
    ).toEqual(['小微企业绿色转型城市试点']);
  });
  it('takes words of a kind of pilot for no name', () => {
    expect(programs('全国综合试点工作今天正式启动，各地积极参与。')).toEqual([]);
  });
  it('reads a launched pilot named by a quote and its field (启动“X+”消费综合试点: cctv32a)', () => {
    expect(entityNames('东岭等16个地方启动“戏曲+”消费综合试点工作。', 'program')).toEqual([
      '戏曲+消费综合试点',
    ]);
    expect(entityNames('各地开展“无废城市”建设试点。', 'program')).toEqual(['无废城市建设']);
  });
});
