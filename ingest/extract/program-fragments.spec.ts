/**
 * Pieces of a sentence or of a headline are no program: a clause of being included, a verb glued
 * between a quote and a plan word, the words of a two-part quoted theme. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('program fragments', () => {
  it('takes what was included in a pilot for no pilot', () => {
    expect(
      programs('全国小微企业绿色转型试点工作今天启动，东岭、西岭等20个市（县）纳入首批试点。'),
    ).not.toContain('市(县)纳入首批试点');
  });
  it('takes a plan word after a verb glued to a quote for no program', () => {
    expect(programs('两国领导人就开辟两国关系新的“黄金20年”作出新规划，达成新共识。')).toEqual([]);
  });
  it('takes words cut from a two-part quoted theme for no program', () => {
    expect(programs('“绿色丝路新进展 海洋合作议程新行动”主题推介活动日前在南岭举行。')).toEqual([]);
    expect(programs('“绿色丝路新进展 可持续海洋议程新行动”主题推介活动日前在南岭举行。')).toEqual(
      [],
    );
    expect(programs('本届展会以“美丽中国 幸福家园”为主题，展示文旅融合新场景。')).toEqual([]);
  });
  it('keeps a campaign printed as a whole part after its slogan', () => {
    expect(programs('“青春有为 南岭筑梦行动”专场招聘今天启动，提供岗位5000个。')).toEqual([
      '南岭筑梦行动',
    ]);
  });
});
