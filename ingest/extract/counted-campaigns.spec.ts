/** Local campaigns named by their count, read by form (counted-campaigns.ts, prog46): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaigns named by their count', () => {
  it('reads a batch campaign and counted clean-up tasks in quotes', () => {
    expect(programs('某县形成“三个一批”滚动推进格局。')).toEqual(['三个一批']);
    // A count of first-class aims is a target the county benchmarks itself against, no campaign.
    expect(programs('开发区将对标“四个一流”，做好五个强化。')).toEqual([]);
    expect(programs('代表们重点了解“五清一改”工作开展情况。')).toEqual(['五清一改']);
  });
  it('reads a short count built and a mayor’s counted ledgers', () => {
    expect(programs('县长要求一体推进“三区”建设，加快发展。')).toEqual(['三区建设']);
    expect(programs('某县持续深化县长营商环境“三本账”制度。')).toEqual(['三本账制度']);
  });
  it('reads one-character tasks of a special action and a counted package of measures', () => {
    expect(programs('以信访突出问题“深、重、促”专项行动为抓手。')).toEqual(['深、重、促专项行动']);
    expect(programs('某区出台“稳岗和文旅复苏八条举措”。')).toEqual(['稳岗和文旅复苏八条举措']);
  });
  it('reads a year declared for one push', () => {
    expect(programs('某县持续深化营商环境突破年活动。')).toEqual(['营商环境突破年活动']);
  });
  it('reads a quoted year declared for a work task before its 活动 (lthings56)', () => {
    expect(programs('某旗先后开展"优化环境年"、"项目推进年"和"招商引资年"活动。')).toEqual([
      '优化环境年活动',
      '招商引资年活动',
      '项目推进年活动',
    ]);
    // After a long quote in ASCII marks, the years are still read as quoted (text/normalize.ts).
    const long = '"保护草原生态、稳固发展基础、破解工业难题、增强综合实力"的思路';
    expect(programs(`某旗坚持${long},开展"优化环境年"和"招商引资年"活动。`)).toEqual([
      '优化环境年活动',
      '招商引资年活动',
    ]);
    // A year of a theme between two states is an occasion, quoted or not.
    expect(programs('两国互办“中东文化年”。')).toEqual([]);
    expect(programs('两国举办“中东文化年”活动。')).toEqual([]);
  });
  it('leaves party formulas of the same shape and an anniversary', () => {
    expect(programs('坚持“一国两制”，增强“四个意识”，做到“两个维护”。')).toEqual([]);
    expect(programs('学校举办建校七十周年活动。')).toEqual([]);
    // One act and its effects, a figure of one: a crop spraying, a network.
    expect(programs('某县实施小麦“一喷三防”工作。')).toEqual([]);
    expect(programs('加快推动某某互联“一张网”建设。')).toEqual([]);
  });
});
