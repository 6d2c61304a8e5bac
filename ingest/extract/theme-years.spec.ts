/** A year declared for one push is the campaign (prog56, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a theme year quoted alone', () => {
  it('reads the year a county takes as its theme', () => {
    expect(programs('今年以来，某县以“招商竞进年”为主题，全力抓项目促发展。')).toEqual([
      '招商竞进年',
    ]);
  });
  it('reads each year a meeting mobilises for', () => {
    expect(programs('某市召开“产业项目攻坚年”、“城乡环境提升年”动员大会。')).toEqual([
      '产业项目攻坚年',
      '城乡环境提升年',
    ]);
  });
  it('keeps one node where the story also prints the year with 活动', () => {
    expect(
      programs('某市召开“产业项目攻坚年”动员大会。会议要求，深入开展“产业项目攻坚年”活动。'),
    ).toEqual(['产业项目攻坚年活动']);
  });
  it("leaves a year only declared, a slogan (the seeds' golds)", () => {
    expect(programs('今年是某某新城“项目攻坚年”，全城上下抓落实。')).toEqual([]);
  });
  it('leaves a year between two countries, which names no push', () => {
    expect(programs('两国元首宣布启动“中甲文化旅游年”，并出席开幕式。')).toEqual([]);
    expect(programs('双方共同举办“中乙人文交流年”系列活动。')).toEqual([]);
  });
});

describe('a theme year a county focuses on (lstrat61-l)', () => {
  it('reads the year focused on as the theme', () => {
    expect(programs('全县聚焦“招商引资攻坚年”主题，经济稳中有进。')).toEqual(['招商引资攻坚年']);
  });
  it('leaves a year only declared', () => {
    expect(programs('今年是全县的“招商引资攻坚年”。')).toEqual([]);
  });
});
