/** Programs: clause words, counts and fragments are not part of a program's name (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaign names that open with a verb', () => {
  it('leaves a modal or a subject before the opening verb out of the name', () => {
    expect(programs('会议要求，要抓紧抓细深入贯彻中央八项规定精神学习教育后续工作。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
    expect(programs('甲市、乙县深入贯彻中央八项规定精神学习教育，坚持问题导向。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
  });
});

describe('kinds of works and plans, and fragments of a name', () => {
  it('reads a count of works as many works, not one program', () => {
    expect(programs('入夏以来，某市向市民免费开放5处人防工程。')).toEqual([]);
  });
  it('reads a schedule of letting water out as a working plan', () => {
    expect(programs('当地水库调整了开闸放水计划，保障灌溉。')).toEqual([]);
  });
  it('does not cut a works from its voltage rating', () => {
    expect(programs('12日，西部环山盆地750千伏输变电工程的最后一段实现贯通。')).toEqual([]);
  });
});

describe('a name cut right after a known program', () => {
  it('reads the rest after the program as a fragment of a longer name', () => {
    expect(programs('某市发布优化离境退税服务环境行动方案。')).not.toContain('服务环境行动方案');
  });
});

describe('plans named by no more than their rank, sequence or genre (lead18, cctv22m)', () => {
  it('takes no program for 最低计划/最高计划, 后续建设计划 or a bare “五年规划”', () => {
    expect(programs('外长表示，该方“最低计划”是继续磋商，“最高计划”是达成停火。')).toEqual([]);
    expect(programs('该市选择大型场馆启动后续建设计划。')).toEqual([]);
    expect(programs('这一行动首次写入我国“五年规划”。')).toEqual([]);
  });
  it('takes no strategic guideline carried out (贯彻…战略方针) for a program', () => {
    expect(programs('会议要求全面贯彻新时代海防战略方针。')).toEqual([]);
    expect(programs('会议要求全面贯彻创新驱动发展战略。')).toEqual(['创新驱动发展战略']);
  });
});
